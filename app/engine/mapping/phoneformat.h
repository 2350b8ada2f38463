#pragma once

#include <QString>

namespace sb {

// Phone numbers in E.164 for destinations (validation and the e164() function) ("+14156015610"), as
// Attentive, Klaviyo and SmartPush require.
class PhoneFormat {
public:
    // Normalizes a number written for people ("(415) 601 5610", "0049 30 1234567", "+44 20 7946 0958")
    // to E.164 using the region's calling code for national numbers (region: ISO 3166 code, "US").
    // Returns an empty string when the text cannot be a phone number.
    static QString toE164(const QString &text, const QString &region = QStringLiteral("US"));
    // '+' then 8 to 15 digits, the first not 0.
    static bool isE164(const QString &text);
    // The calling code of a region ("US" -> "1"), or empty when unknown.
    static QString callingCode(const QString &region);
};

} // namespace sb
