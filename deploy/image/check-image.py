#!/usr/bin/env python3
"""Checks a portal image tar that `mvn package -Pimage` made (Jib's docker-format tar).

Usage: check-image.py <portal>/target/jib-image.tar [--run]

Prints the layers and the configuration, and fails (exit 1) unless: the entrypoint runs Payara
Micro with the exploded WAR on port 8080, the pre-boot commands are passed, port 8080 is
exposed, JAVA_TOOL_OPTIONS carries the JVM options, and the layers hold Payara Micro, the WAR's
web.xml and its boot commands. With --run (root only): unpacks the layers into a temporary
directory and runs the image's `java -version` there with chroot, which shows that a JRE made
by jlink finds every library it needs in the image (the `scratch` base holds nothing else).
"""
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

REQUIRED = [
    "opt/payara/payara-micro.jar",
    "opt/portal/app/WEB-INF/web.xml",
    "opt/portal/app/WEB-INF/classes/payara/pre-boot-commands.asadmin",
    "tmp",
]


def main(path, run):
    failures = []
    with tarfile.open(path) as image:
        manifest = json.load(image.extractfile("manifest.json"))[0]
        config = json.load(image.extractfile(manifest["Config"]))
        files = set()
        for layer in manifest["Layers"]:
            member = image.getmember(layer)
            with tarfile.open(fileobj=image.extractfile(member)) as content:
                names = [n.lstrip("./") for n in content.getnames()]
            files.update(names)
            print(f"layer {layer}: {member.size:>12,} bytes, {len(names):>6} entries")
        c = config["config"]
        print("Entrypoint:", " ".join(c.get("Entrypoint") or []))
        print("Cmd:", " ".join(c.get("Cmd") or []))
        print("ExposedPorts:", list((c.get("ExposedPorts") or {}).keys()))
        print("User:", c.get("User"), " WorkingDir:", c.get("WorkingDir"))
        env = dict(e.split("=", 1) for e in c.get("Env") or [])
        print("JAVA_TOOL_OPTIONS:", env.get("JAVA_TOOL_OPTIONS"))
        entry = c.get("Entrypoint") or []
        expect = ["-jar", "/opt/payara/payara-micro.jar", "--deploy", "/opt/portal/app",
                  "--port", "8080", "--prebootcommandfile"]
        for word in expect:
            if word not in entry:
                failures.append(f"entrypoint lacks {word}")
        if "8080/tcp" not in (c.get("ExposedPorts") or {}):
            failures.append("port 8080 not exposed")
        if "-Xmx" not in env.get("JAVA_TOOL_OPTIONS", ""):
            failures.append("no heap limit in JAVA_TOOL_OPTIONS")
        for name in REQUIRED:
            if name not in files:
                failures.append(f"no {name} in the layers")
        if run:
            failures += run_java(image, manifest, env)
    for failure in failures:
        print("FAILED:", failure)
    print("image OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


def run_java(image, manifest, env):
    with tempfile.TemporaryDirectory(prefix="image-root-", dir=os.path.dirname(os.path.abspath(image.name))) as root:
        for layer in manifest["Layers"]:
            with tarfile.open(fileobj=image.extractfile(layer)) as content:
                content.extractall(root)
        java = [p for p in env.get("PATH", "").split(":") if os.path.exists(root + p + "/java")]
        if not java:
            return ["no java on the image's PATH"]
        clean = {k: v for k, v in env.items() if k != "JAVA_TOOL_OPTIONS"}
        result = subprocess.run([shutil.which("chroot"), root, java[0] + "/java", "-version"], env=clean,
                                capture_output=True, text=True)
        print(result.stderr.strip())
        return [] if result.returncode == 0 else [f"java -version in the image: {result.returncode}"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], "--run" in sys.argv[2:]))
