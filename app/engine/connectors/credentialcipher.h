#pragma once

#include <QByteArray>
#include <QString>

#include "core/result.h"

namespace sb {

// Encrypts destination credentials at rest. The 32-byte key lives in the workspace folder
// (destination-credentials.key, mode 0600), so a copied database alone does not reveal secrets.
// Scheme "sb1": a keystream of HMAC-SHA256(encKey, nonce || counter) blocks XORed with the
// plaintext (CTR mode with HMAC as the PRF), authenticated by HMAC-SHA256(macKey, "sb1" || nonce ||
// ciphertext) (encrypt-then-MAC); encKey and macKey are derived from the file key. Stored as
// "sb1:" + base64(nonce[16] || ciphertext || tag[32]).
class CredentialCipher {
public:
    static constexpr const char *kKeyFileName = "destination-credentials.key";

    // Reads the workspace's key file, creating it (0600) when missing.
    static Result<CredentialCipher> forWorkspace(const QString &directory);
    explicit CredentialCipher(QByteArray key);

    QString encrypt(const QByteArray &plaintext) const;
    // Fails when the text was damaged or encrypted under another key.
    Result<QByteArray> decrypt(const QString &stored) const;

private:
    QByteArray keystream(const QByteArray &nonce, qsizetype length) const;
    QByteArray m_encKey;
    QByteArray m_macKey;
};

} // namespace sb
