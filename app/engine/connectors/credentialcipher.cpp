#include "credentialcipher.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sb {

namespace {

constexpr qsizetype kNonceSize = 16;
constexpr qsizetype kTagSize = 32;

QByteArray hmac(const QByteArray &key, const QByteArray &data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng->bounded(256));
    return bytes;
}

// Constant-time comparison, so a forged tag learns nothing from timing.
bool sameBytes(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

CredentialCipher::CredentialCipher(QByteArray key)
    : m_encKey(hmac(key, "switchboard credentials: encryption"))
    , m_macKey(hmac(key, "switchboard credentials: authentication")) {}

Result<CredentialCipher> CredentialCipher::forWorkspace(const QString &directory) {
    const QString path = QDir(directory).filePath(QString::fromLatin1(kKeyFileName));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Result<CredentialCipher>::failure(
                QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() != 32)
            return Result<CredentialCipher>::failure(
                QStringLiteral("%1 is damaged (expected 64 hex digits); restore it from a backup").arg(path));
        return CredentialCipher(key);
    }
    const QByteArray key = randomBytes(32);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Result<CredentialCipher>::failure(
            QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toHex() + '\n');
    if (!file.flush())
        return Result<CredentialCipher>::failure(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    return CredentialCipher(key);
}

QByteArray CredentialCipher::keystream(const QByteArray &nonce, qsizetype length) const {
    QByteArray stream;
    quint32 counter = 0;
    while (stream.size() < length) {
        QByteArray block = nonce;
        block.append(char(counter >> 24))
            .append(char(counter >> 16))
            .append(char(counter >> 8))
            .append(char(counter));
        stream += hmac(m_encKey, block);
        ++counter;
    }
    stream.truncate(length);
    return stream;
}

QString CredentialCipher::encrypt(const QByteArray &plaintext) const {
    const QByteArray nonce = randomBytes(kNonceSize);
    const QByteArray stream = keystream(nonce, plaintext.size());
    QByteArray cipher(plaintext.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < plaintext.size(); ++i)
        cipher[i] = char(plaintext.at(i) ^ stream.at(i));
    const QByteArray tag = hmac(m_macKey, "sb1" + nonce + cipher);
    return QStringLiteral("sb1:") + QString::fromLatin1(QByteArray(nonce + cipher + tag).toBase64());
}

Result<QByteArray> CredentialCipher::decrypt(const QString &stored) const {
    if (!stored.startsWith(QLatin1String("sb1:")))
        return Result<QByteArray>::failure(
            QStringLiteral("not encrypted credentials (expected the sb1: scheme)"));
    const QByteArray raw = QByteArray::fromBase64(stored.mid(4).toLatin1());
    if (raw.size() < kNonceSize + kTagSize)
        return Result<QByteArray>::failure(QStringLiteral("encrypted credentials are truncated"));
    const QByteArray nonce = raw.left(kNonceSize);
    const QByteArray cipher = raw.mid(kNonceSize, raw.size() - kNonceSize - kTagSize);
    const QByteArray tag = raw.right(kTagSize);
    if (!sameBytes(tag, hmac(m_macKey, "sb1" + nonce + cipher)))
        return Result<QByteArray>::failure(QStringLiteral(
            "credentials cannot be decrypted: damaged, or encrypted with another workspace's key file"));
    const QByteArray stream = keystream(nonce, cipher.size());
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < cipher.size(); ++i)
        plain[i] = char(cipher.at(i) ^ stream.at(i));
    return plain;
}

} // namespace sb
