#include "phoneformat.h"

#include <QHash>

namespace sb {

QString PhoneFormat::callingCode(const QString &region) {
    static const QHash<QString, QString> codes = {
        {QStringLiteral("US"), QStringLiteral("1")},   {QStringLiteral("CA"), QStringLiteral("1")},
        {QStringLiteral("GB"), QStringLiteral("44")},  {QStringLiteral("UK"), QStringLiteral("44")},
        {QStringLiteral("DE"), QStringLiteral("49")},  {QStringLiteral("FR"), QStringLiteral("33")},
        {QStringLiteral("NL"), QStringLiteral("31")},  {QStringLiteral("BE"), QStringLiteral("32")},
        {QStringLiteral("ES"), QStringLiteral("34")},  {QStringLiteral("IT"), QStringLiteral("39")},
        {QStringLiteral("AT"), QStringLiteral("43")},  {QStringLiteral("CH"), QStringLiteral("41")},
        {QStringLiteral("SE"), QStringLiteral("46")},  {QStringLiteral("NO"), QStringLiteral("47")},
        {QStringLiteral("DK"), QStringLiteral("45")},  {QStringLiteral("FI"), QStringLiteral("358")},
        {QStringLiteral("IE"), QStringLiteral("353")}, {QStringLiteral("PT"), QStringLiteral("351")},
        {QStringLiteral("PL"), QStringLiteral("48")},  {QStringLiteral("AU"), QStringLiteral("61")},
        {QStringLiteral("NZ"), QStringLiteral("64")},  {QStringLiteral("MX"), QStringLiteral("52")},
        {QStringLiteral("BR"), QStringLiteral("55")},  {QStringLiteral("IN"), QStringLiteral("91")},
        {QStringLiteral("JP"), QStringLiteral("81")},  {QStringLiteral("SG"), QStringLiteral("65")},
        {QStringLiteral("HK"), QStringLiteral("852")}, {QStringLiteral("TR"), QStringLiteral("90")},
        {QStringLiteral("ZA"), QStringLiteral("27")},  {QStringLiteral("CN"), QStringLiteral("86")},
    };
    return codes.value(region.trimmed().toUpper());
}

bool PhoneFormat::isE164(const QString &text) {
    if (text.size() < 9 || text.size() > 16 || !text.startsWith(u'+') || text.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 127)
            return false;
    }
    return true;
}

QString PhoneFormat::toE164(const QString &text, const QString &region) {
    QString digits;
    bool plus = false;
    for (const QChar c : text.trimmed()) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits.append(c);
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/')
            continue;
        else
            return {}; // letters or extensions: not something we can send
    }
    if (digits.isEmpty())
        return {};
    QString international;
    if (plus) {
        international = digits;
    } else if (digits.startsWith(QLatin1String("00"))) {
        international = digits.mid(2);
    } else {
        const QString code = callingCode(region);
        if (code.isEmpty())
            return {};
        if (code == QLatin1String("1")) {
            // North American numbering: 10 digits, or 11 with the leading country code 1.
            if (digits.size() == 11 && digits.startsWith(u'1'))
                international = digits;
            else if (digits.size() == 10)
                international = code + digits;
            else
                return {};
        } else {
            QString national = digits;
            if (national.startsWith(u'0'))
                national.remove(0, 1); // trunk prefix
            international = code + national;
        }
    }
    const QString result = QStringLiteral("+") + international;
    return isE164(result) ? result : QString();
}

} // namespace sb
