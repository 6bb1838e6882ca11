package cn.gov.zj.cloud.privateportal.security;

import java.io.Serializable;

/** An authorization request under way: what the callback must find again (state, nonce, PKCE). */
record PendingLogin(String tenant, String state, String nonce, String codeVerifier, String returnTo)
    implements Serializable {}
