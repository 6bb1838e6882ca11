#!/bin/bash
# The files a portal's image adds to its base (docs/deployment.md, "Images"): a writable /tmp and,
# when the base is `scratch` (no registry reachable), a JRE made by jlink from the building JDK
# with the shared libraries it needs, copied from the build machine (Debian's glibc).
# Usage: rootfs.sh <directory> <true|false: add the JRE>. Payara Micro's jar is put in
# <directory>/opt/payara by the build itself.
set -euo pipefail
root=$1
with_jre=$2
rm -rf "$root/opt/jre" "$root/lib" "$root/lib64" "$root/usr" "$root/etc" "$root/tmp"
mkdir -p "$root/tmp" "$root/etc"
if [ "$with_jre" != "true" ]; then
  exit 0
fi
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
[ -x "$jdk/bin/jlink" ] || jdk=${JAVA_HOME:?no jlink next to java; set JAVA_HOME}
# java.se and what Payara Micro, EclipseLink and the portals use beyond it
"$jdk/bin/jlink" --output "$root/opt/jre" --strip-debug --no-header-files --no-man-pages \
  --add-modules java.se,jdk.unsupported,jdk.naming.dns,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.management,jdk.management.agent,jdk.localedata,jdk.charsets,jdk.httpserver,jdk.jfr,jdk.net,jdk.security.auth,jdk.security.jgss,jdk.xml.dom,jdk.attach,jdk.jcmd
# a server without a display or sound: the headless AWT only (fewer libraries below)
rm -f "$root"/opt/jre/lib/{libawt_xawt,libsplashscreen,libjsound}.so
# Debian's JDK links its trust store to /etc/ssl: the image gets the file itself
cacerts=$root/opt/jre/lib/security/cacerts
if [ -L "$cacerts" ] || [ ! -s "$cacerts" ]; then
  rm -f "$cacerts"
  cp -L "$jdk/lib/security/cacerts" "$cacerts"
fi
# every shared library the JRE's binaries load, at the same path as on the build machine
find "$root/opt/jre" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 ldd 2>/dev/null |
  awk '/^\t/ { lib = ($2 == "=>") ? $3 : $1; if (lib ~ /^\//) print lib }' |
  grep -v "^$root" | sort -u |
  while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
# glibc looks a name up in /etc/hosts, then DNS (Kubernetes mounts both files)
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
printf 'portal:x:1000:1000::/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'portal:x:1000:\n' > "$root/etc/group"
