#include "phonenumber.h"

#include <QHash>

namespace sb {

int PhoneNumber::callingCode(const QString &region) {
    static const QHash<QString, int> codes = {
        {QStringLiteral("US"), 1},   {QStringLiteral("CA"), 1},   {QStringLiteral("GB"), 44},
        {QStringLiteral("IE"), 353}, {QStringLiteral("DE"), 49},  {QStringLiteral("FR"), 33},
        {QStringLiteral("ES"), 34},  {QStringLiteral("IT"), 39},  {QStringLiteral("NL"), 31},
        {QStringLiteral("BE"), 32},  {QStringLiteral("SE"), 46},  {QStringLiteral("NO"), 47},
        {QStringLiteral("DK"), 45},  {QStringLiteral("FI"), 358}, {QStringLiteral("PL"), 48},
        {QStringLiteral("TR"), 90},  {QStringLiteral("AU"), 61},  {QStringLiteral("NZ"), 64},
        {QStringLiteral("JP"), 81},  {QStringLiteral("CN"), 86},  {QStringLiteral("HK"), 852},
        {QStringLiteral("TW"), 886}, {QStringLiteral("SG"), 65},  {QStringLiteral("IN"), 91},
        {QStringLiteral("BR"), 55},  {QStringLiteral("MX"), 52},  {QStringLiteral("ZA"), 27},
        {QStringLiteral("CH"), 41},  {QStringLiteral("AT"), 43},  {QStringLiteral("PT"), 351},
    };
    return codes.value(region.toUpper(), 0);
}

QString PhoneNumber::toE164(const QString &raw, const QString &defaultRegion) {
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    QString digits;
    digits.reserve(text.size());
    bool international = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty()) {
            international = true;
        } else if (c.isLetter()) {
            // "ext" and letters: not a number we can match on.
            if (text.mid(i, 3).compare(QLatin1String("ext"), Qt::CaseInsensitive) == 0 || c == u'x')
                break;
            return {};
        } else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/')) {
            return {};
        }
    }
    if (!international && digits.startsWith(QLatin1String("00"))) {
        international = true;
        digits.remove(0, 2);
    }
    if (!international) {
        const int code = callingCode(defaultRegion);
        if (code == 0)
            return {};
        if (code == 1) {
            // North American numbering plan: 10 digits, optionally with the leading 1.
            if (digits.size() == 11 && digits.startsWith(u'1'))
                digits.remove(0, 1);
            if (digits.size() != 10 || digits.at(0) < u'2')
                return {};
        } else if (digits.startsWith(u'0')) {
            digits.remove(0, 1); // national trunk prefix
        }
        digits.prepend(QString::number(code));
    }
    // E.164: at most 15 digits; a country code plus a subscriber number is at least 8.
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
        return {};
    return u'+' + digits;
}

} // namespace sb
