// Passkeys (WebAuthn) for the Vaadin views: the browser talks to the authenticator inside the person's click, and to
// Spring Security's WebAuthn endpoints with the CSRF header. Failures end in a custom event the server turns into a
// translated message (never a console error: a cancelled prompt is an ordinary answer).
(() => {
  const decode = (text) => {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  };
  const encode = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  const post = async (url, csrf, body) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [csrf.header]: csrf.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error('server:' + response.status);
    }
    return response.json();
  };
  const reason = (error) => (error && error.name === 'NotAllowedError' ? 'cancelled' : 'failed');

  async function register(csrf, label) {
    const options = await post('webauthn/register/options', csrf);
    options.user.id = decode(options.user.id);
    options.challenge = decode(options.challenge);
    options.excludeCredentials = (options.excludeCredentials || []).map((c) => ({ ...c, id: decode(c.id) }));
    const created = await navigator.credentials.create({ publicKey: options });
    const answer = await post('webauthn/register', csrf, {
      publicKey: {
        label,
        credential: {
          id: created.id,
          rawId: encode(created.rawId),
          type: created.type,
          response: {
            attestationObject: encode(created.response.attestationObject),
            clientDataJSON: encode(created.response.clientDataJSON),
            transports: created.response.getTransports ? created.response.getTransports() : [],
          },
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment,
        },
      },
    });
    if (!answer.success) {
      throw new Error('server:refused');
    }
  }

  async function signIn(csrf) {
    const options = await post('webauthn/authenticate/options', csrf);
    options.challenge = decode(options.challenge);
    options.allowCredentials = (options.allowCredentials || []).map((c) => ({ ...c, id: decode(c.id) }));
    const got = await navigator.credentials.get({ publicKey: options });
    const answer = await post('login/webauthn', csrf, {
      id: got.id,
      rawId: encode(got.rawId),
      credType: got.type,
      response: {
        authenticatorData: encode(got.response.authenticatorData),
        clientDataJSON: encode(got.response.clientDataJSON),
        signature: encode(got.response.signature),
        userHandle: got.response.userHandle ? encode(got.response.userHandle) : undefined,
      },
      clientExtensionResults: got.getClientExtensionResults(),
      authenticatorAttachment: got.authenticatorAttachment,
    });
    return answer.redirectUrl;
  }

  const supported = () => !!(window.PublicKeyCredential && navigator.credentials);

  window.ksPasskeys = {
    /** The button registers a passkey named by the label field; 'ks-passkey' carries 'ok', 'cancelled' or 'failed'. */
    bindRegister(button, labelField, csrf) {
      if (button.ksPasskeyBound) {
        return;
      }
      button.ksPasskeyBound = true;
      button.addEventListener('click', async () => {
        let result = 'ok';
        try {
          if (!supported()) {
            throw new Error('unsupported');
          }
          await register(csrf, (labelField.value || '').trim());
        } catch (error) {
          result = reason(error);
        }
        button.dispatchEvent(new CustomEvent('ks-passkey', { detail: { result } }));
      });
    },
    /** The button signs in with a passkey and follows the server's redirect; a failure goes to 'ks-passkey'. */
    bindSignIn(button, csrf) {
      if (button.ksPasskeyBound) {
        return;
      }
      button.ksPasskeyBound = true;
      button.addEventListener('click', async () => {
        try {
          if (!supported()) {
            throw new Error('unsupported');
          }
          window.location.href = await signIn(csrf);
        } catch (error) {
          button.dispatchEvent(new CustomEvent('ks-passkey', { detail: { result: reason(error) } }));
        }
      });
    },
  };
})();
