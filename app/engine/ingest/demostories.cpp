#include "demostories.h"

#include <QJsonArray>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <functional>

namespace sb::demo {

namespace {

const QStringList kFirstNames = {"Jane",  "John",  "Maria", "Sam",  "Priya", "Alex",  "Chen",  "Olivia",
                                 "Liam",  "Emma",  "Noah",  "Ava",  "Mateo", "Sofia", "Ethan", "Mia",
                                 "Lucas", "Aisha", "Kenji", "Zoe",  "David", "Grace", "Omar",  "Hannah",
                                 "Diego", "Leah",  "Ravi",  "Nora", "Felix", "Ines",  "Tomas", "Amara",
                                 "Jonas", "Chloe", "Ivan",  "Yuki", "Pedro", "Elena", "Kwame", "Sara"};
const QStringList kLastNames = {
    "Doe",     "Smith",   "Lopez",    "Chen",  "Shah",   "Kim",    "Garcia",    "Nguyen",
    "Patel",   "Johnson", "Brown",    "Rossi", "Silva",  "Okafor", "Tanaka",    "Müller",
    "Cohen",   "Ali",     "Martin",   "Lee",   "Walker", "Young",  "Hernández", "Wright",
    "Scott",   "Green",   "Baker",    "Adams", "Nelson", "Hill",   "Campbell",  "Mitchell",
    "Roberts", "Carter",  "Phillips", "Evans", "Turner", "Torres", "Parker",    "Collins"};
const QStringList kEmailDomains = {"example.com", "example.net", "example.org", "mail.example.com"};
struct Place {
    const char *city;
    const char *state;
    const char *postalCode;
};
const QList<Place> kPlaces = {{"San Francisco", "CA", "94110"}, {"Oakland", "CA", "94612"},
                              {"San Jose", "CA", "95112"},      {"Berkeley", "CA", "94704"},
                              {"Daly City", "CA", "94014"},     {"San Mateo", "CA", "94401"},
                              {"Alameda", "CA", "94501"},       {"Palo Alto", "CA", "94301"}};
const QStringList kStreets = {"Valencia St", "Mission St",     "Castro St", "Broadway", "Telegraph Ave",
                              "College Ave", "El Camino Real", "Park St",   "Main St",  "Oak St"};

// SMRT: a dry-cleaning business.
const QStringList kAgents = {"Mission Street Store", "Valencia Store", "Route North", "Route South"};
const QStringList kDrivers = {"Alex Kim", "Priya Shah", "Marco Rossi"};
const QStringList kRoutes = {"Tuesday North", "Thursday South", "Saturday Downtown"};
const QStringList kEmployees = {"Maria Lopez", "Sam Chen", "Jordan Lee", "Ana Costa"};
const QStringList kDepartments = {"Dry Cleaning", "Dry Cleaning", "Laundry",
                                  "Laundry",      "Alteration",   "Wedding"};
const QString kBrand = QStringLiteral("Bay Cleaners");

// Ordergroove: coffee subscriptions.
struct Product {
    const char *id;
    const char *name;
    const char *sku;
    double price;
};
const QList<Product> kSubscriptionProducts = {{"P-1001", "Cold Brew Concentrate", "CB-32OZ", 24.99},
                                              {"P-1002", "Espresso Beans 1 kg", "EB-1KG", 32.00},
                                              {"P-1003", "Oat Milk 6-pack", "OM-6PK", 18.50},
                                              {"P-1004", "Green Tea Sampler", "GT-SMP", 14.00}};

// Segmentify: the web shop.
struct WebProduct {
    const char *id;
    const char *title;
    const char *category;
    const char *brand;
    double price;
};
const QList<WebProduct> kWebProducts = {
    {"SHOE-101", "Trail Running Shoe", "Men > Sports > Shoes", "Northpeak", 129.90},
    {"SHOE-204", "City Sneaker", "Women > Shoes > Sneakers", "Urbana", 89.00},
    {"JKT-310", "Rain Shell Jacket", "Men > Outdoor > Jackets", "Northpeak", 159.00},
    {"BAG-015", "Canvas Tote", "Women > Bags", "Urbana", 39.50},
    {"TEE-777", "Organic Cotton Tee", "Unisex > Tops", "Basics Co", 24.00},
    {"CUP-042", "Travel Mug", "Home > Kitchen", "Basics Co", 19.90}};
const QStringList kDevices = {"PC", "PC", "MOBILE", "MOBILE", "MOBILE", "TABLET", "IOS", "ANDROID"};
const QString kShop = QStringLiteral("https://www.exampleshop.com");

struct Tier {
    int id;
    const char *name;
    int threshold;
};
const QList<Tier> kTiers = {{1, "Bronze", 0}, {2, "Silver", 500}, {3, "Gold", 1500}};

QString iso(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue money(double v) {
    return std::round(v * 100.0) / 100.0;
}

// A time of day on a store-local (UTC-8) date between two local hours.
QDateTime localTime(const QDate &day, int fromHour, int toHour, DemoRandom &random) {
    const int seconds = random.range(fromHour * 3600, toHour * 3600 - 1);
    return QDateTime(day, QTime(0, 0).addSecs(seconds), QTimeZone(-8 * 3600)).toUTC();
}

// Collects one customer's messages; ids are stable: demo-<seed>-<kind>-c<index>-<n>.
class Story {
public:
    Story(const DemoCustomer &customer, quint64 seed, QDateTime start, QDateTime end, QList<DemoMessage> &out)
        : c(customer)
        , m_seed(seed)
        , m_start(std::move(start))
        , m_end(std::move(end))
        , m_out(out) {}

    const DemoCustomer &c;

    bool inWindow(const QDateTime &t) const { return t >= m_start && t <= m_end; }

    void add(const QString &kind, const QDateTime &at, QJsonObject body, const char *idField,
             const QString &fixedId = {}) {
        if (!inWindow(at))
            return;
        const QString id =
            fixedId.isEmpty()
                ? QStringLiteral("demo-%1-%2-c%3-%4").arg(m_seed).arg(kind).arg(c.index).arg(++m_sequence)
                : fixedId;
        body.insert(QLatin1String(idField), id);
        m_out.append({kind, body, at, id});
    }

    QJsonObject smrtContext() const {
        QJsonObject traits;
        if (!c.email.isEmpty())
            traits.insert("email", c.email);
        if (!c.phoneDisplay.isEmpty())
            traits.insert("phone", c.phoneDisplay);
        return QJsonObject{{"traits", traits}};
    }

    void smrtTrack(const QDateTime &at, const QString &event, const QJsonObject &properties) {
        add("smrt", at,
            {{"type", "track"},
             {"event", event},
             {"userId", c.smrtId},
             {"timestamp", iso(at)},
             {"properties", properties},
             {"context", smrtContext()}},
            "messageId");
    }

    QJsonObject address() const {
        return {{"street", c.street},
                {"city", c.city},
                {"state", c.state},
                {"postalCode", c.postalCode},
                {"country", "US"}};
    }

    void smrtIdentify(const QDateTime &at, const QDateTime &lastVisit, DemoRandom &r, bool delivery) {
        QJsonObject traits{
            {"name", c.name()},
            {"firstName", c.firstName},
            {"lastName", c.lastName},
            {"agent", delivery ? r.pick(kRoutes.mid(0, 2)) : r.pick(kAgents.mid(0, 2))},
            {"paymentTerm", r.pick(QStringList{"POS", "POS", "AutoPay", "Statement"})},
            {"hasCreditCard", r.chance(0.7)},
            {"createdAt", iso(c.since)},
            {"deliveryPreference",
             delivery ? QStringLiteral("Route Regular") : QStringLiteral("No Delivery Preference")},
            {"link", QStringLiteral("https://bay.smrtsystems.com/c/%1").arg(c.smrtId)},
            {"brand", kBrand},
            {"address", address()},
            {"receiveEmails", !c.email.isEmpty() && r.chance(0.8)},
            {"receiveTexts", !c.phone.isEmpty() && r.chance(0.5)},
            {"customFields",
             QJsonArray{QJsonObject{{"name", "Referral Source"},
                                    {"value", r.pick(QStringList{"Website", "Friend", "Walk-in", "Yelp"})}}}},
            {"demographic", r.range(1, 5)}};
        if (!c.email.isEmpty())
            traits.insert("email", c.email);
        if (!c.phoneDisplay.isEmpty()) {
            traits.insert("phone", c.phoneDisplay);
            traits.insert("isMobile", r.chance(0.8));
        }
        if (lastVisit.isValid())
            traits.insert("lastVisit", iso(lastVisit));
        if (r.chance(0.1)) {
            traits.insert("group", "Corporate");
            traits.insert(
                "accountDiscount",
                QJsonObject{{"name", "Corporate 15%"}, {"description", "Corporate account"}, {"value", 15}});
        }
        add("smrt", at,
            {{"type", "identify"}, {"userId", c.smrtId}, {"timestamp", iso(at)}, {"traits", traits}},
            "messageId");
    }

    QJsonObject ordergrooveCustomer() const {
        QJsonObject o{{"id", c.ordergrooveId}, {"first_name", c.firstName}, {"last_name", c.lastName}};
        if (!c.email.isEmpty())
            o.insert("email", c.email);
        if (!c.phone.isEmpty())
            o.insert("phone_number", c.phone);
        return o;
    }

    void ordergroove(const QDateTime &at, const QString &event, const QJsonObject &data) {
        add("ordergroove", at,
            {{"event", event}, {"timestamp", iso(at)}, {"customer", ordergrooveCustomer()}, {"data", data}},
            "id");
    }

    int smilePoints = 0;
    int smileTier = 0; // index in kTiers

    QJsonObject smileCustomer(const QDateTime &at) const {
        const Tier &tier = kTiers.at(smileTier);
        QJsonObject o{{"id", c.smileId},
                      {"first_name", c.firstName},
                      {"last_name", c.lastName},
                      {"points_balance", smilePoints},
                      {"referral_url",
                       QStringLiteral("https://smile.io/r/%1%2").arg(c.firstName.toLower()).arg(c.smileId)},
                      {"state", "member"},
                      {"vip_tier_id", tier.id},
                      {"vip_tier", QJsonObject{{"id", tier.id}, {"name", tier.name}}},
                      {"date_of_birth", c.birthday.toString(Qt::ISODate)},
                      {"created_at", iso(c.since)},
                      {"updated_at", iso(at)}};
        if (!c.email.isEmpty())
            o.insert("email", c.email);
        return o;
    }

    void smile(const QDateTime &at, const QString &topic, const QJsonObject &payload) {
        add("smile", at,
            {{"topic", topic},
             {"created_at", iso(at)},
             {"customer", smileCustomer(at)},
             {"payload", payload}},
            "id");
    }

    void segmentify(const QDateTime &at, QJsonObject event) {
        add("segmentify", at, std::move(event), "messageId");
    }

    void shoplineIdentify(const QDateTime &at, const QJsonObject &traits) {
        QJsonObject message{{"type", "identify"}, {"timestamp", iso(at)}, {"traits", traits}};
        message.insert("userId", QStringLiteral("shopline-%1").arg(7000000 + c.index));
        add("shopline", at, message, "messageId");
    }

private:
    quint64 m_seed;
    QDateTime m_start;
    QDateTime m_end;
    QList<DemoMessage> &m_out;
    int m_sequence = 0;
};

QJsonObject webProductView(const WebProduct &p) {
    const QString slug = QString::fromLatin1(p.id).toLower();
    return {{"name", "PRODUCT_VIEW"},
            {"productId", p.id},
            {"title", p.title},
            {"inStock", true},
            {"url", QString(kShop + "/p/" + slug)},
            {"image", QString("https://cdn.exampleshop.com/img/" + slug + ".jpg")},
            {"category", p.category},
            {"brand", p.brand},
            {"price", p.price}};
}

QJsonObject subscriptionData(const QString &id, const Product &p, int frequency, int quantity) {
    const QJsonObject product{
        {"id", p.id},
        {"name", p.name},
        {"sku", p.sku},
        {"image_url",
         QString("https://shop.example.com/img/" + QString::fromLatin1(p.sku).toLower() + ".jpg")},
        {"detail_url", QString("https://shop.example.com/p/" + QString::fromLatin1(p.sku).toLower())}};
    return {{"id", id},
            {"frequency_days", frequency},
            {"frequency_description", QStringLiteral("Every %1 days").arg(frequency)},
            {"product", product},
            {"product_id", p.id},
            {"product_name", p.name},
            {"product_sku", p.sku},
            {"quantity", quantity}};
}

QJsonObject orderData(const DemoCustomer &c, const QString &subscriptionId, const Product &p, int frequency,
                      int quantity, const QDateTime &placeDate, DemoRandom &r) {
    const double sub = p.price * quantity;
    const double discount = r.chance(0.4) ? sub * 0.1 : 0.0;
    const double shipping = sub >= 30 ? 0.0 : 4.95;
    const QJsonObject product{{"id", p.id}, {"name", p.name}, {"sku", p.sku}, {"price", p.price}};
    return {{"sub_total", money(sub)},
            {"discount_total", money(discount)},
            {"shipping_total", money(shipping)},
            {"total", money(sub - discount + shipping)},
            {"place_date", iso(placeDate)},
            {"items_subset",
             QJsonArray{QJsonObject{
                 {"product", product},
                 {"subscription",
                  QJsonObject{{"id", subscriptionId},
                              {"frequency_days", frequency},
                              {"frequency_description", QStringLiteral("Every %1 days").arg(frequency)}}},
                 {"price", p.price},
                 {"quantity", quantity},
                 {"total_price", money(sub)}}}},
            {"payment", QJsonObject{{"cc_number_ending", QStringLiteral("%1").arg(1000 + c.index % 9000)},
                                    {"cc_exp_date", QStringLiteral("%1/2028").arg(1 + c.index % 12, 2, 10,
                                                                                  QLatin1Char('0'))},
                                    {"cc_type_description", c.index % 3 == 0 ? "Mastercard" : "Visa"}}},
            {"shipping_address", QJsonObject{{"address", c.street},
                                             {"city", c.city},
                                             {"state_province_code", c.state},
                                             {"zip_postal_code", c.postalCode},
                                             {"country_code", "US"}}}};
}

// ---- per source histories -------------------------------------------------------------------------

void smrtHistory(Story &s, DemoRandom &r, const QDateTime &start, const QDateTime &end) {
    const DemoCustomer &c = s.c;
    const bool delivery = r.chance(0.35);
    const bool newCustomer = c.since > start;
    QDateTime first = newCustomer ? c.since : localTime(start.date().addDays(r.range(0, 3)), 8, 19, r);
    if (newCustomer)
        s.smrtTrack(c.since, "New Customer Signup", {{"source", r.chance(0.7) ? "POS" : "Website"}});
    s.smrtIdentify(first.addSecs(5), {}, r, delivery);
    if (delivery && r.chance(0.3))
        s.smrtTrack(first.addSecs(3600), "Customer Requested Regular Pickups", {});

    const int cadence = r.pick(QList<int>{4, 7, 7, 10, 14});
    QDate day = first.date().addDays(r.range(1, cadence));
    QDateTime lastVisit;
    int orders = 0;
    while (true) {
        const QDateTime visit = localTime(day, 8, 19, r);
        if (visit > end)
            break;
        if (delivery) {
            s.smrtTrack(localTime(day.addDays(-1), 18, 22, r), "Pickup Scheduled",
                        {{"scheduled_by", r.chance(0.6) ? "Customer" : "Employee"}});
            if (r.chance(0.08)) {
                s.smrtTrack(visit.addSecs(-7200), "Customer Canceled Pickup", {});
                day = day.addDays(cadence);
                continue;
            }
            if (r.chance(0.08)) {
                s.smrtTrack(visit, "Pickup Missed", {});
                day = day.addDays(cadence);
                continue;
            }
            s.smrtTrack(visit, "Pickup Completed",
                        {{"driver", r.pick(kDrivers)},
                         {"route", r.pick(kRoutes)},
                         {"address", s.address()},
                         {"had_pickup", true},
                         {"had_delivery", orders > 0},
                         {"total_pickups", 1},
                         {"total_deliveries", orders > 0 ? r.range(1, 3) : 0}});
        }
        ++orders;
        const double value = 12.0 + r.range(0, 9000) / 100.0;
        QJsonObject order{{"order_id", QStringLiteral("ORD-%1").arg(100000 + c.index * 200 + orders)},
                          {"agent", delivery ? r.pick(kRoutes) : r.pick(kAgents.mid(0, 2))},
                          {"customer_brand", kBrand},
                          {"value", money(value)},
                          {"revenue", money(value)},
                          {"sold_by", delivery ? r.pick(kDrivers) : r.pick(kEmployees)}};
        if (r.chance(0.15))
            order.insert(
                "discount",
                QJsonObject{{"name", "Senior 10%"}, {"description", "10% off for seniors"}, {"value", 10}});
        s.smrtTrack(visit.addSecs(60), "Order Created", order);
        const QDateTime ready = localTime(day.addDays(r.range(1, 3)), 9, 17, r);
        s.smrtTrack(ready, "Order Ready", order);
        QJsonArray lines;
        const int lineCount = r.range(1, 3);
        for (int i = 0; i < lineCount; ++i)
            lines.append(QJsonObject{{"department", r.pick(kDepartments)}, {"quantity", r.range(1, 4)}});
        QJsonObject returned = order;
        returned.insert("returned_by", delivery ? r.pick(kDrivers) : r.pick(kEmployees));
        returned.insert("line_items", lines);
        const QDateTime back = localTime(ready.date().addDays(r.range(0, 2)), 9, 19, r);
        s.smrtTrack(std::max(back, ready.addSecs(600)), "Order Returned", returned);
        lastVisit = visit;
        day = day.addDays(std::max(1, cadence + r.range(-1, 1)));
    }
    const QDate birthday(end.date().year(), c.birthday.month(), std::min(c.birthday.day(), 28));
    const QDateTime birthdayAt = localTime(birthday, 7, 8, r);
    if (birthdayAt > start && birthdayAt <= end)
        s.smrtTrack(birthdayAt, "Customer Birthday", {});
    if (orders <= 1 && r.chance(0.4))
        s.smrtTrack(localTime(end.date().addDays(-1), 2, 3, r), "Customer Lost", {});
    // The nightly customer sync carries the latest visit.
    if (lastVisit.isValid())
        s.smrtIdentify(localTime(end.date().addDays(-1), 23, 24, r), lastVisit, r, delivery);
}

void ordergrooveHistory(Story &s, DemoRandom &r, const QDateTime &start, const QDateTime &end) {
    const DemoCustomer &c = s.c;
    const int subscriptions = r.chance(0.25) ? 2 : 1;
    bool cancelledAll = false;
    for (int k = 0; k < subscriptions; ++k) {
        const Product &p = kSubscriptionProducts.at((c.index + k) % kSubscriptionProducts.size());
        const QString id = QStringLiteral("S-%1").arg(500000 + c.index * 10 + k);
        int frequency = r.pick(QList<int>{14, 30, 30, 60});
        const int quantity = r.range(1, 2);
        const QDateTime created =
            localTime(std::max(c.since, start).date().addDays(r.range(0, 4) + k * 5), 6, 23, r);
        s.ordergroove(created, "ordergroove.subscription.create",
                      subscriptionData(id, p, frequency, quantity));
        QDate next = created.date().addDays(std::min(frequency, r.range(3, frequency)));
        int n = 0;
        while (true) {
            const QDateTime placed = localTime(next, 4, 6, r);
            if (placed > end)
                break;
            const QJsonObject order = orderData(c, id, p, frequency, quantity, placed, r);
            s.ordergroove(placed.addDays(-3), "ordergroove.order.reminder", order);
            if (r.chance(0.1)) {
                s.ordergroove(placed.addDays(-2).addSecs(r.range(0, 30000)), "ordergroove.order.skip_order",
                              order);
            } else if (r.chance(0.07)) {
                QJsonObject rejected = order;
                rejected.insert("reject_reason", "Credit card declined");
                rejected.insert("reject_code", "cc_declined");
                s.ordergroove(placed, "ordergroove.order.reject", rejected);
                s.ordergroove(placed.addSecs(3600 * r.range(2, 20)), "ordergroove.order.change_payment",
                              order);
            } else {
                s.ordergroove(placed, "ordergroove.order.success", order);
            }
            ++n;
            if (n == 1 && r.chance(0.15)) {
                frequency = frequency == 30 ? 60 : 30;
                s.ordergroove(placed.addDays(1), "ordergroove.subscription.change_frequency",
                              subscriptionData(id, p, frequency, quantity));
            }
            next = next.addDays(frequency);
        }
        if (r.chance(0.12)) {
            const QDateTime cancelAt = localTime(end.date().addDays(-r.range(1, 5)), 9, 21, r);
            if (cancelAt > created) {
                s.ordergroove(cancelAt, "ordergroove.subscription.cancel",
                              subscriptionData(id, p, frequency, quantity));
                cancelledAll = subscriptions == 1;
            }
        }
    }
    if (!cancelledAll && r.chance(0.05))
        s.ordergroove(localTime(end.date().addDays(-r.range(1, 10)), 9, 21, r),
                      "ordergroove.order.credit_card_expiration_warning",
                      orderData(c, QStringLiteral("S-%1").arg(500000 + c.index * 10),
                                kSubscriptionProducts.first(), 30, 1, end, r));
}

void smileHistory(Story &s, DemoRandom &r, const QDateTime &start, const QDateTime &end) {
    const DemoCustomer &c = s.c;
    s.smilePoints = c.since > start ? 0 : r.range(0, 1200);
    for (int t = kTiers.size() - 1; t >= 0; --t)
        if (s.smilePoints >= kTiers.at(t).threshold) {
            s.smileTier = t;
            break;
        }
    QDateTime at = localTime(std::max(c.since, start).date().addDays(r.range(0, 6)), 9, 22, r);
    int transaction = 0;
    int rewards = 0;
    while (at <= end) {
        const int earned = r.range(20, 180);
        s.smilePoints += earned;
        ++transaction;
        s.smile(at, "Points Earned on Order",
                {{"points_transaction",
                  QJsonObject{{"id", c.smileId * 100 + transaction},
                              {"customer_id", c.smileId},
                              {"points_change", earned},
                              {"description", "Placed an order"},
                              {"order_id", QStringLiteral("#%1").arg(1000 + c.index * 50 + transaction)},
                              {"created_at", iso(at)}}}});
        if (s.smileTier + 1 < kTiers.size() && s.smilePoints >= kTiers.at(s.smileTier + 1).threshold) {
            const Tier &before = kTiers.at(s.smileTier);
            ++s.smileTier;
            const Tier &after = kTiers.at(s.smileTier);
            s.smile(
                at.addSecs(2), "VIP Tier Achieved",
                {{"vip_tier_change",
                  QJsonObject{{"id", c.smileId * 10 + after.id},
                              {"customer_id", c.smileId},
                              {"previous_vip_tier", QJsonObject{{"id", before.id}, {"name", before.name}}},
                              {"vip_tier", QJsonObject{{"id", after.id}, {"name", after.name}}},
                              {"created_at", iso(at)}}}});
        }
        if (s.smilePoints >= 500 && r.chance(0.35)) {
            s.smilePoints -= 500;
            ++rewards;
            const QDateTime redeemed = at.addSecs(r.range(600, 86400));
            const QJsonObject reward{
                {"id", c.smileId * 10 + rewards},
                {"name", "$10 off coupon"},
                {"code", QStringLiteral("SAVE10-%1").arg(c.smileId * 10 + rewards, 0, 36).toUpper()},
                {"action_text", "Use this code at checkout"},
                {"action_url", "https://shop.example.com/cart"},
                {"usage_instructions", "Enter the code at checkout."},
                {"expires_at", iso(redeemed.addDays(30))},
                {"created_at", iso(redeemed)}};
            s.smile(redeemed, "Points Redeemed",
                    {{"points_purchase", QJsonObject{{"id", c.smileId * 10 + rewards},
                                                     {"customer_id", c.smileId},
                                                     {"points_product_id", 42},
                                                     {"points_spent", 500},
                                                     {"reward_fulfillment", reward},
                                                     {"created_at", iso(redeemed)}}}});
            if (r.chance(0.3))
                s.smile(redeemed.addDays(23), "Reward Expiring", {{"reward_fulfillment", reward}});
        }
        at = at.addDays(r.range(5, 16)).addSecs(r.range(-7200, 7200));
    }
    if (!c.email.isEmpty() && r.chance(0.2)) {
        const QDateTime referred =
            localTime(std::max(c.since, start).date().addDays(r.range(1, 20)), 10, 22, r);
        const QString friendEmail =
            QStringLiteral("friend.of.%1.%2@example.com").arg(c.firstName.toLower()).arg(c.index);
        QJsonObject referral{{"id", c.smileId * 10 + 7},  {"advocate_customer_id", c.smileId},
                             {"advocate_email", c.email}, {"referred_customer_email", friendEmail},
                             {"state", "pending"},        {"created_at", iso(referred)}};
        s.smile(referred, "Referral Started", {{"referral", referral}});
        if (r.chance(0.5)) {
            referral.insert("state", "completed");
            referral.insert("referred_customer_id", c.smileId + 500000);
            s.smile(referred.addDays(r.range(1, 6)), "Referral Completed", {{"referral", referral}});
        }
    }
    const QDate birthday(end.date().year(), c.birthday.month(), std::min(c.birthday.day(), 28));
    const QDateTime birthdayAt = localTime(birthday, 6, 7, r);
    if (birthdayAt > start && birthdayAt <= end)
        s.smile(birthdayAt, "Birthday Reward Issued",
                {{"reward_fulfillment", QJsonObject{{"id", c.smileId * 10 + 9},
                                                    {"name", "$5 birthday reward"},
                                                    {"code", QStringLiteral("BDAY-%1").arg(c.smileId)},
                                                    {"action_text", "Use this code at checkout"},
                                                    {"expires_at", iso(birthdayAt.addDays(30))},
                                                    {"created_at", iso(birthdayAt)}}}});
    if (!c.email.isEmpty() && s.smilePoints > 300 && r.chance(0.1))
        s.smile(localTime(end.date().addDays(-2), 8, 9, r), "Points Expiring",
                {{"customer", QJsonObject{{"id", c.smileId},
                                          {"first_name", c.firstName},
                                          {"last_name", c.lastName},
                                          {"email", c.email},
                                          {"points_balance", s.smilePoints}}},
                 {"extra", QJsonObject{{"points_balance_expires_at", iso(end.addDays(14))}}}});
}

QJsonObject webCommon(const DemoCustomer &c, const QString &name, const QString &session,
                      const QString &device, const QString &pageUrl) {
    const bool apple =
        device == QLatin1String("IOS") || (device == QLatin1String("TABLET") && c.index % 2 == 0);
    const bool android =
        device == QLatin1String("ANDROID") || (device == QLatin1String("MOBILE") && c.index % 2 == 1);
    QJsonObject o{{"name", name},
                  {"userId", c.segmentifyUserId},
                  {"sessionId", session},
                  {"device", device},
                  {"lang", "EN"},
                  {"currency", "USD"},
                  {"browser", apple ? "Safari" : "Chrome"},
                  {"os", apple ? "iOS" : (android ? "Android" : (c.index % 3 == 0 ? "MacOS" : "Windows"))},
                  {"pageUrl", pageUrl},
                  {"userAgent", apple ? "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)"
                                      : "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"}};
    if (!c.username.isEmpty())
        o.insert("username", c.username);
    return o;
}

void webSession(Story &s, DemoRandom &r, QDateTime at, int sessionNumber, bool signUp) {
    const DemoCustomer &c = s.c;
    const QString session = QStringLiteral("SESSION_%1_%2").arg(c.index).arg(sessionNumber);
    const QString device = r.pick(kDevices);
    auto step = [&] {
        at = at.addSecs(r.range(15, 150));
    };
    QJsonObject home = webCommon(c, "PAGE_VIEW", session, device, kShop + "/");
    home.insert("category", "Home Page");
    home.insert("referrer", r.pick(QStringList{"https://www.google.com/", "https://www.instagram.com/", ""}));
    s.segmentify(at, home);
    if (signUp) {
        step();
        QJsonObject user = webCommon(c, "USER_OPERATIONS", session, device, kShop + "/account/signup");
        user.insert("step", "signup");
        user.insert("username", c.username);
        user.insert("fullName", c.name());
        user.insert("email", c.email);
        if (!c.phone.isEmpty())
            user.insert("phone", c.phone);
        user.insert("gender", c.gender == QLatin1String("female") ? "F" : "M");
        user.insert("location", c.city);
        user.insert("isRegistered", true);
        user.insert("isLogin", true);
        user.insert("memberSince", at.toString(QStringLiteral("dd.MM.yyyy")));
        s.segmentify(at, user);
    }
    const int views = r.range(1, 4);
    QList<WebProduct> viewed;
    for (int i = 0; i < views; ++i) {
        step();
        const WebProduct &p = r.pick(kWebProducts);
        viewed << p;
        QJsonObject view = webProductView(p);
        for (auto it = home.begin(); it != home.end(); ++it)
            if (!view.contains(it.key()) && it.key() != QLatin1String("category")
                && it.key() != QLatin1String("referrer"))
                view.insert(it.key(), it.value());
        view.insert("pageUrl", view.value("url"));
        s.segmentify(at, view);
    }
    if (!r.chance(0.35))
        return;
    const WebProduct &p = viewed.last();
    step();
    QJsonObject add = webCommon(c, "BASKET_OPERATIONS", session, device, kShop + "/cart");
    add.insert("step", "add");
    add.insert("productId", p.id);
    add.insert("price", p.price);
    add.insert("quantity", 1);
    s.segmentify(at, add);
    if (!r.chance(0.45))
        return;
    step();
    QJsonObject checkout = webCommon(c, "CHECKOUT", session, device, kShop + "/checkout");
    checkout.insert("step", "purchase");
    checkout.insert("totalPrice", p.price);
    checkout.insert("orderNo", QStringLiteral("WEB-%1-%2").arg(c.index).arg(sessionNumber));
    checkout.insert("productList",
                    QJsonArray{QJsonObject{
                        {"productId", p.id}, {"price", p.price}, {"currency", "USD"}, {"quantity", 1}}});
    s.segmentify(at, checkout);
}

void webHistory(Story &s, DemoRandom &r, const QDateTime &start, const QDateTime &end, bool signUp) {
    const DemoCustomer &c = s.c;
    const int everyDays = r.pick(QList<int>{2, 4, 7, 10});
    QDateTime at = localTime(std::max(c.since, start).date().addDays(r.range(0, everyDays)), 7, 23, r);
    int session = 0;
    while (at <= end) {
        ++session;
        webSession(s, r, at, session, signUp && session == 1 && !c.email.isEmpty());
        at = localTime(at.date().addDays(std::max(1, everyDays + r.range(-1, 2))), 7, 23, r);
    }
}

QJsonObject shoplineTraits(const DemoCustomer &c, DemoRandom &r, int orders, double spent,
                           const QDateTime &at) {
    QJsonObject t{{"first_name", c.firstName},
                  {"last_name", c.lastName},
                  {"gender", c.gender},
                  {"birthday", c.birthday.toString(Qt::ISODate)},
                  {"country", "US"},
                  {"subscription_status",
                   c.email.isEmpty() ? "not_subscribed" : (c.index % 7 == 0 ? "unsubscribed" : "subscribed")},
                  {"email_opens", r.range(0, 30)},
                  {"email_clicks", r.range(0, 8)},
                  {"orders_count", orders},
                  {"total_spent", money(spent)}};
    if (!c.email.isEmpty())
        t.insert("email", c.email);
    if (!c.phone.isEmpty())
        t.insert("phone", c.phone);
    if (orders > 0)
        t.insert("last_order_at", iso(at.addDays(-r.range(0, 6))));
    QJsonArray tags;
    if (spent > 300)
        tags.append("vip");
    if (orders >= 3)
        tags.append("repeat");
    t.insert("tags", tags);
    return t;
}

void shoplineHistory(Story &s, DemoRandom &r, const QDateTime &start, const QDateTime &end, int *orders,
                     double *spent) {
    QDateTime at = localTime(std::max(s.c.since, start).date().addDays(r.range(0, 3)), 8, 22, r);
    *orders = s.c.since > start ? 0 : r.range(0, 6);
    *spent = *orders * (20.0 + r.range(0, 6000) / 100.0);
    while (at <= end) {
        s.shoplineIdentify(at, shoplineTraits(s.c, r, *orders, *spent, at));
        if (r.chance(0.6)) {
            ++*orders;
            *spent += 20.0 + r.range(0, 9000) / 100.0;
        }
        at = localTime(at.date().addDays(r.range(6, 14)), 8, 22, r);
    }
}

} // namespace

DemoCustomer makeCustomer(int index, quint64 seed, const QDateTime &start, const QDateTime &end) {
    DemoRandom r(seed * 1000003ULL + quint64(index) * 7919ULL + 17);
    DemoCustomer c;
    c.index = index;
    c.firstName = r.pick(kFirstNames);
    c.lastName = r.pick(kLastNames);
    c.gender = r.chance(0.5) ? "female" : "male";
    const Place &home = r.pick(kPlaces);
    c.city = home.city;
    c.state = home.state;
    c.postalCode = home.postalCode;
    c.street = QStringLiteral("%1 %2").arg(r.range(10, 2999)).arg(r.pick(kStreets));
    c.birthday = QDate(r.range(1950, 2004), r.range(1, 12), r.range(1, 28));
    // Contact data: most have both, some only one, a few neither (known by their SMRT id only).
    const double contact = r.uniform();
    const bool hasEmail = contact < 0.85;
    const bool hasPhone = contact < 0.65 || (contact >= 0.85 && contact < 0.96);
    if (hasEmail) {
        const QString first = QString(c.firstName).toLower();
        const QString last = QString(c.lastName).toLower().normalized(QString::NormalizationForm_D);
        QString plainLast;
        for (const QChar ch : last)
            if (ch.isLetter() && ch.unicode() < 128)
                plainLast += ch;
        const QString domain = r.pick(kEmailDomains);
        const int style = r.range(0, 2);
        const QString local = style == 0   ? QString(first + u'.' + plainLast + QString::number(index + 1))
                              : style == 1 ? QString(first.left(1) + plainLast + QString::number(index + 1))
                                           : QString(first + QString::number(index + 1));
        c.email = local + u'@' + domain;
        // Some systems keep the address as typed: identity resolution must still match it.
        if (r.chance(0.05))
            c.email = QString(c.firstName + u'.' + plainLast + QString::number(index + 1) + u'@' + domain);
    }
    if (hasPhone) {
        // Bay Area codes and the 555 exchange; (area, line) is unique for the first 80000 customers.
        static const QStringList areas = {"415", "510", "408", "650", "925", "707", "628", "669"};
        const QString area = areas.at(index % areas.size());
        const int line = (index / int(areas.size())) % 10000;
        const QString number = QStringLiteral("%1").arg(line, 4, 10, QLatin1Char('0'));
        c.phone = QStringLiteral("+1") + area + QStringLiteral("555") + number;
        c.phoneDisplay = QStringLiteral("(%1) 555 %2").arg(area, number);
    }
    // Two thirds were customers before the window; the rest join during it.
    if (r.chance(0.66))
        c.since = start.addDays(-r.range(10, 900)).addSecs(-r.range(0, 86399));
    else
        c.since = start.addSecs(qint64(r.uniform() * double(start.secsTo(end)) * 0.9));
    c.smrtId = QStringLiteral("smrt-%1").arg(10000 + index);
    c.smileId = 123000 + index;
    c.ordergrooveId = QStringLiteral("OG-%1").arg(880000 + index);
    c.segmentifyUserId =
        QStringLiteral("SFY_%1").arg(r.next() & 0xffffffffffULL, 10, 16, QLatin1Char('0')).toUpper();
    // Six in ten customers with an email have signed up on the web shop.
    if (hasEmail && r.chance(0.6))
        c.username = QString(c.email).section(u'@', 0, 0).toLower();
    c.inSmrt = !hasEmail && !hasPhone ? true : r.chance(0.6);
    c.inSmile = hasEmail ? r.chance(0.45) : r.chance(0.1);
    c.inOrdergroove = hasEmail && r.chance(0.3);
    c.onWeb = !c.username.isEmpty() || r.chance(0.55);
    c.inShopline = (hasEmail || hasPhone) && r.chance(0.5);
    return c;
}

ShoplineFigures customerHistory(const DemoCustomer &c, quint64 seed, const QDateTime &start,
                                const QDateTime &end, QList<DemoMessage> &out) {
    Story story(c, seed, start, end, out);
    // Each source gets its own random stream, so changing one source's story leaves the others.
    auto stream = [&](quint64 salt) {
        return DemoRandom(seed * 31337ULL + quint64(c.index) * 104729ULL + salt);
    };
    if (c.inSmrt) {
        DemoRandom r = stream(1);
        smrtHistory(story, r, start, end);
    }
    if (c.inOrdergroove) {
        DemoRandom r = stream(2);
        ordergrooveHistory(story, r, start, end);
    }
    if (c.inSmile) {
        DemoRandom r = stream(3);
        smileHistory(story, r, start, end);
    }
    if (c.onWeb) {
        DemoRandom r = stream(4);
        webHistory(story, r, start, end, !c.username.isEmpty());
    }
    ShoplineFigures figures;
    if (c.inShopline) {
        DemoRandom r = stream(5);
        figures.known = true;
        shoplineHistory(story, r, start, end, &figures.orders, &figures.spent);
    }
    return figures;
}

void shoplineSegments(const QList<DemoCustomer> &customers, const QList<ShoplineFigures> &figures,
                      quint64 seed, const QDateTime &start, const QDateTime &end, QList<DemoMessage> &out) {
    // Customers SHOPLINE knows with an email: segments list members by email.
    QList<qsizetype> known;
    for (qsizetype i = 0; i < customers.size(); ++i)
        if (figures.at(i).known && !customers.at(i).email.isEmpty())
            known << i;
    // SHOPLINE customer segments, synced to SmartPush: created early, refreshed weekly, one deleted.
    DemoRandom r(seed * 7ULL + 5);
    struct Segment {
        QString id;
        QString name;
        std::function<bool(qsizetype)> member;
    };
    const QList<Segment> segments = {{"seg_repeat", "Repeat buyers",
                                      [&](qsizetype k) {
                                          return figures.at(known.at(k)).orders >= 3;
                                      }},
                                     {"seg_vip", "VIP",
                                      [&](qsizetype k) {
                                          return figures.at(known.at(k)).spent > 300;
                                      }},
                                     {"seg_new", "New this month",
                                      [&](qsizetype k) {
                                          return customers.at(known.at(k)).since > start;
                                      }},
                                     {"seg_bf", "Black Friday leads", [&](qsizetype k) {
                                          return k % 5 == 0;
                                      }}};
    int sequence = 0;
    for (const Segment &segment : segments) {
        QJsonArray members;
        for (qsizetype k = 0; k < known.size(); ++k)
            if (segment.member(k))
                members.append(customers.at(known.at(k)).email);
        const bool deleted = segment.id == QLatin1String("seg_bf");
        for (int week = 0; start.addDays(1 + 7 * week) <= end; ++week) {
            const QDateTime at = localTime(start.date().addDays(1 + 7 * week), 1, 2, r);
            if (at > end)
                break;
            const bool last = deleted && week >= 2;
            QJsonObject properties{{"segment_id", segment.id}, {"segment_name", segment.name}};
            if (!last)
                properties.insert("members", members);
            const QString id = QStringLiteral("demo-%1-shopline-segments-%2").arg(seed).arg(++sequence);
            out.append(
                {"shopline",
                 {{"type", "track"},
                  {"event", last ? "shopline.segment.deleted"
                                 : (week == 0 ? "shopline.segment.created" : "shopline.segment.updated")},
                  {"anonymousId", "shopline-store"},
                  {"timestamp", iso(at)},
                  {"properties", properties},
                  {"messageId", id}},
                 at,
                 id});
            if (last)
                break;
        }
    }
}

DemoMessage liveEvent(const DemoCustomer &c, quint64 seed, DemoRandom &r, const QDateTime &at) {
    QList<DemoMessage> out;
    // A story whose window is just this instant: every builder call lands on `at`.
    Story s(c, seed, at, at, out);
    const QString id = QStringLiteral("live-%1-%2")
                           .arg(at.toMSecsSinceEpoch())
                           .arg(r.next() & 0xffffffffULL, 8, 16, QLatin1Char('0'));
    const double kind = r.uniform();
    QString chosen;
    if (kind < 0.45 && c.onWeb)
        chosen = "segmentify";
    else if (kind < 0.7 && (c.inSmrt || (c.email.isEmpty() && c.phone.isEmpty())))
        chosen = "smrt";
    else if (kind < 0.8 && !c.email.isEmpty())
        chosen = "ordergroove";
    else if (kind < 0.9 && !c.email.isEmpty())
        chosen = "smile";
    else if (!c.email.isEmpty() || !c.phone.isEmpty())
        chosen = "shopline";
    else
        chosen = "smrt";

    if (chosen == QLatin1String("segmentify")) {
        const WebProduct &p = r.pick(kWebProducts);
        const QString session = QStringLiteral("SESSION_%1_live%2").arg(c.index).arg(at.date().dayOfYear());
        QJsonObject view = webProductView(p);
        const QJsonObject common =
            webCommon(c, "PRODUCT_VIEW", session, r.pick(kDevices), view.value("url").toString());
        for (auto it = common.begin(); it != common.end(); ++it)
            if (!view.contains(it.key()))
                view.insert(it.key(), it.value());
        s.segmentify(at, view);
    } else if (chosen == QLatin1String("smrt")) {
        const double value = 12.0 + r.range(0, 9000) / 100.0;
        s.smrtTrack(at, "Order Created",
                    {{"order_id", QStringLiteral("ORD-L%1").arg(r.next() % 1000000)},
                     {"agent", r.pick(kAgents)},
                     {"customer_brand", kBrand},
                     {"value", money(value)},
                     {"revenue", money(value)},
                     {"sold_by", r.pick(kEmployees)}});
    } else if (chosen == QLatin1String("ordergroove")) {
        const Product &p = kSubscriptionProducts.at(c.index % kSubscriptionProducts.size());
        s.ordergroove(at, "ordergroove.order.success",
                      orderData(c, QStringLiteral("S-%1").arg(500000 + c.index * 10), p, 30, 1, at, r));
    } else if (chosen == QLatin1String("smile")) {
        const int earned = r.range(20, 180);
        s.smilePoints = earned;
        s.smile(at, "Points Earned on Order",
                {{"points_transaction", QJsonObject{{"id", int(r.next() % 100000000)},
                                                    {"customer_id", c.smileId},
                                                    {"points_change", earned},
                                                    {"description", "Placed an order"},
                                                    {"created_at", iso(at)}}}});
    } else {
        const int orders = r.range(0, 8);
        const double spent = r.range(0, 60000) / 100.0;
        s.shoplineIdentify(at, shoplineTraits(c, r, orders, spent, at));
    }
    DemoMessage m = out.value(0);
    // Live ids must differ per call: replace the story's sequence-based id.
    const char *field = m.sourceKind == QLatin1String("ordergroove") || m.sourceKind == QLatin1String("smile")
                            ? "id"
                            : "messageId";
    m.body.insert(QLatin1String(field), id);
    m.messageId = id;
    return m;
}

} // namespace sb::demo
