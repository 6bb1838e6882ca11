package cn.gov.zj.cloud.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Throw-away staff accounts made through Keycloak's admin API, for the session tests. */
final class StaffUsers {

  private StaffUsers() {}

  /** A new enabled user 王小明 with that password and realm role (none when null); its id. */
  static String create(RealmResource realm, String username, String password, String role) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setFirstName("小明");
    user.setLastName("王");
    user.setEmail(username + "@jx.example.gov.cn");
    user.setEnabled(true);
    user.setEmailVerified(true);
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    user.setCredentials(List.of(credential));
    String id;
    try (Response created = realm.users().create(user)) {
      if (created.getStatus() != 201) {
        throw new IllegalStateException(
            "user not created: " + created.getStatus() + " " + created.readEntity(String.class));
      }
      id = CreatedResponseUtil.getCreatedId(created);
    }
    if (role != null) {
      realm
          .users()
          .get(id)
          .roles()
          .realmLevel()
          .add(List.of(realm.roles().get(role).toRepresentation()));
    }
    return id;
  }

  /** The user's access token through the development client {@code portal-cli}. */
  static String token(String tenant, String username, String password) throws Exception {
    String form =
        "grant_type=password&client_id=portal-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        Api.HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        RunningStack.settings().keycloakUrl()
                            + "/realms/"
                            + tenant
                            + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      return json.getString("access_token");
    }
  }
}
