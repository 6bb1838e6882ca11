package cn.gov.zj.cloud.publicportal.web.guard;

import cn.gov.zj.cloud.publicportal.security.FormKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Art. 25: the token every public form carries in its hidden field {@value #FIELD}: the form's id
 * and an HMAC of the visitor cookie and that id under the installation's {@link FormKey}. Another
 * site can neither read the visitor's cookie nor sign it, so its forged post carries no valid
 * token. The pages write it with {@code #{formToken.of('rate-form')}}.
 */
@Named("formToken")
@ApplicationScoped
public class FormTokens {

  /** The hidden field's name. */
  public static final String FIELD = "zj_form_token";

  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  @Inject private HttpServletRequest request;
  @Inject private FormKey key;

  /** The token of the form {@code formId} for this request's visitor; empty without a visitor. */
  public String of(String formId) {
    return Visitor.of(request).map(visitor -> token(visitor, formId)).orElse("");
  }

  /** Whether {@code token} is a valid one for the visitor cookie {@code request} presented. */
  boolean valid(HttpServletRequest posted, String token) {
    Optional<String> visitor = Visitor.presented(posted);
    int dot = token == null ? -1 : token.indexOf('.');
    if (visitor.isEmpty() || dot < 0 || !FORM.matcher(token.substring(0, dot)).matches()) {
      return false;
    }
    String expected = token(visitor.get(), token.substring(0, dot));
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }

  private String token(String visitor, String formId) {
    byte[] signed = key.sign((visitor + "\u0000" + formId).getBytes(StandardCharsets.UTF_8));
    return formId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
  }
}
