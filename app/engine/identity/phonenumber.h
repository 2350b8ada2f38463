#pragma once

#include <QString>

namespace sb {

// A small E.164 normaliser: enough to match "(415) 601 5610", "415-601-5610", "+1 415 601 5610" and
// "0044 20 7946 0958" to one identity. National numbers take the default region's calling code.
class PhoneNumber {
public:
    // "+14156015610", or empty when the text cannot be a phone number.
    static QString toE164(const QString &raw, const QString &defaultRegion = QStringLiteral("US"));
    // The calling code of an ISO 3166 region ("US" -> 1, "GB" -> 44); 0 when unknown.
    static int callingCode(const QString &region);
};

} // namespace sb
