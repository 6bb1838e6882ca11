package cn.gov.zj.cloud.privateportal.security;

import java.io.Serializable;

/** A browser session signed in to one tenant's realm; the ID token ends the Keycloak session. */
record BrowserLogin(Actor actor, String idToken) implements Serializable {

  static final String ATTRIBUTE = BrowserLogin.class.getName();
}
