// The source catalog counted against the seed documents (../shared/seeds), and its samples.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "catalog/catalog.h"

using namespace sb;

namespace {
QStringList names(const QList<EventSpec> &events) {
    QStringList list;
    for (const EventSpec &e : events)
        list << e.name;
    return list;
}
QStringList names(const QList<PropertySpec> &properties) {
    QStringList list;
    for (const PropertySpec &p : properties)
        list << p.name;
    return list;
}
} // namespace

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void hasTheFiveSources() {
        const Catalog &c = Catalog::builtin();
        QStringList kinds;
        for (const SourceSpec &s : c.sources())
            kinds << s.kind;
        QCOMPARE(kinds, (QStringList{"smrt", "ordergroove", "smile", "segmentify", "shopline"}));
    }

    void smrtMatchesSeed000() {
        const SourceSpec *s = Catalog::builtin().source(QStringLiteral("smrt"));
        QVERIFY(s);
        QCOMPARE(s->events.size(), 13);
        QCOMPARE(
            names(s->events),
            (QStringList{"Pickup Completed", "Pickup Missed", "Pickup Scheduled", "Customer Canceled Pickup",
                         "Customer Requested Regular Pickups", "Order Created", "Order Ready",
                         "Order Returned", "Order Line Item Returned", "New Customer Signup",
                         "Customer Visit", "Customer Lost", "Customer Birthday"}));
        // The order fields shared by every order event.
        const QStringList orderFields{"order_id", "agent",   "customer_brand", "value",
                                      "revenue",  "sold_by", "returned_by",    "discount"};
        for (const char *event :
             {"Order Created", "Order Ready", "Order Returned", "Order Line Item Returned"}) {
            const EventSpec *e = Catalog::builtin().event(QStringLiteral("smrt"), QLatin1String(event));
            QVERIFY(e);
            for (const QString &field : orderFields)
                QVERIFY2(e->property(field),
                         qPrintable(QLatin1String(event) + QStringLiteral(" lacks ") + field));
            QCOMPARE(names(e->property(QStringLiteral("discount"))->children),
                     (QStringList{"name", "description", "value"}));
        }
        QVERIFY(
            Catalog::builtin().event("smrt", "Order Line Item Returned")->property("department")->required);
        const PropertySpec *scheduledBy =
            Catalog::builtin().event("smrt", "Pickup Scheduled")->property("scheduled_by");
        QCOMPARE(scheduledBy->allowedValues, (QStringList{"Employee", "Customer"}));
        QCOMPARE(Catalog::builtin().event("smrt", "New Customer Signup")->property("source")->allowedValues,
                 (QStringList{"POS", "Website"}));
        QCOMPARE(names(Catalog::builtin().event("smrt", "Pickup Completed")->properties),
                 (QStringList{"driver", "route", "address", "had_pickup", "had_delivery", "total_pickups",
                              "total_deliveries"}));
        // Customer data: the seed lists 21 fields (email plus 20 others).
        QCOMPARE(s->profileFields.size(), 21);
        const QStringList profile = names(s->profileFields);
        for (const char *field : {"email",         "name",      "firstName",       "lastName",
                                  "phone",         "isMobile",  "agent",           "paymentTerm",
                                  "hasCreditCard", "createdAt", "lastVisit",       "deliveryPreference",
                                  "link",          "brand",     "address",         "receiveEmails",
                                  "receiveTexts",  "group",     "accountDiscount", "customFields",
                                  "demographic"})
            QVERIFY2(profile.contains(QLatin1String(field)), field);
        const PropertySpec *delivery = nullptr;
        for (const PropertySpec &p : s->profileFields)
            if (p.name == QLatin1String("deliveryPreference"))
                delivery = &p;
        QCOMPARE(delivery->allowedValues.size(), 6);
        QVERIFY(delivery->allowedValues.contains("Deliver with Master"));
    }

    void ordergrooveMatchesSeed002() {
        const SourceSpec *s = Catalog::builtin().source(QStringLiteral("ordergroove"));
        QVERIFY(s);
        QCOMPARE(s->events.size(), 21);
        int subscriber = 0, subscription = 0, order = 0, item = 0;
        for (const EventSpec &e : s->events) {
            subscriber += e.name.startsWith("ordergroove.subscriber.");
            subscription += e.name.startsWith("ordergroove.subscription.");
            order += e.name.startsWith("ordergroove.order.");
            item += e.name.startsWith("ordergroove.item.");
        }
        QCOMPARE(subscriber, 3);
        QCOMPARE(subscription, 7);
        QCOMPARE(order, 10);
        QCOMPARE(item, 1);
        // Order Date Changed has its own name and the catalog says why.
        const EventSpec *dateChanged =
            Catalog::builtin().event("ordergroove", "ordergroove.order.change_date");
        QVERIFY(dateChanged);
        QCOMPARE(dateChanged->title, QStringLiteral("Order Date Changed"));
        QVERIFY(dateChanged->nameNote.contains("ordergroove.order.success"));
        QCOMPARE(Catalog::builtin().event("ordergroove", "ordergroove.order.success")->title,
                 QStringLiteral("Order Success"));
        // Nested data.
        const EventSpec *create = Catalog::builtin().event("ordergroove", "ordergroove.subscriber.create");
        const PropertySpec *subset = create->property("subscriptions_subset");
        QCOMPARE(subset->type, QStringLiteral("array"));
        QCOMPARE(names(subset->child("product")->children),
                 (QStringList{"id", "name", "sku", "image_url", "detail_url"}));
        const EventSpec *reject = Catalog::builtin().event("ordergroove", "ordergroove.order.reject");
        QVERIFY(reject->property("reject_reason"));
        QVERIFY(reject->property("reject_code"));
        QVERIFY(reject->property("items_subset")->child("subscription"));
        QCOMPARE(names(reject->property("payment")->children),
                 (QStringList{"cc_number_ending", "cc_exp_date", "cc_type_description"}));
        QCOMPARE(reject->property("shipping_address")->children.size(), 6);
        const EventSpec *oos = Catalog::builtin().event("ordergroove", "ordergroove.item.out_of_stock");
        QCOMPARE(names(oos->properties),
                 (QStringList{"days_since_first_attempt", "price", "quantity", "total_price", "product"}));
        QVERIFY(Catalog::builtin()
                    .event("ordergroove", "ordergroove.subscription.sku_swap")
                    ->property("product_sku"));
        QVERIFY(names(s->profileFields).contains("Ordergroove Subscriber Status"));
    }

    void smileMatchesSeed004() {
        const SourceSpec *s = Catalog::builtin().source(QStringLiteral("smile"));
        QCOMPARE(s->events.size(), 8);
        QCOMPARE(s->profileFields.size(), 5);
        QCOMPARE(names(s->profileFields),
                 (QStringList{"Smile Points Balance", "Smile Referral URL", "Smile VIP Tier Name",
                              "Smile VIP Tier ID", "Smile State"}));
        QCOMPARE(s->profileFields.at(4).allowedValues, (QStringList{"member", "candidate", "disabled"}));
        for (const EventSpec &e : s->events)
            QVERIFY2(!e.properties.isEmpty() && !e.properties.first().children.isEmpty(), qPrintable(e.name));
        const EventSpec *expiring = Catalog::builtin().event("smile", "Points Expiring");
        QVERIFY(expiring->property("extra")->child("points_balance_expires_at"));
        QVERIFY(Catalog::builtin()
                    .event("smile", "Referral Started")
                    ->property("referral")
                    ->child("referred_customer_email"));
    }

    void segmentifyMatchesSeed003() {
        const SourceSpec *s = Catalog::builtin().source(QStringLiteral("segmentify"));
        QCOMPARE(s->errorCodes.size(), 9);
        QCOMPARE(names(s->events), (QStringList{"PAGE_VIEW", "PRODUCT_VIEW", "BASKET_OPERATIONS", "CHECKOUT",
                                                "USER_OPERATIONS", "CUSTOM_EVENT", "INTERACTION", "USER_FORM",
                                                "BANNER_VIEW", "BANNER_OPERATIONS"}));
        for (const EventSpec &e : s->events) {
            QStringList required;
            for (const PropertySpec &p : e.properties)
                if (p.required && p.common)
                    required << p.name;
            QCOMPARE(required, (QStringList{"name", "userId", "sessionId", "device"}));
            QCOMPARE(e.property("device")->allowedValues,
                     (QStringList{"PC", "TABLET", "MOBILE", "ANDROID", "IOS"}));
            QCOMPARE(e.property("browser")->allowedValues.size(), 10);
            QCOMPARE(e.property("os")->allowedValues.size(), 6);
            QVERIFY(e.property("lang")->openList);
        }
        auto requiredOf = [](const char *event) {
            QStringList required;
            for (const PropertySpec &p :
                 Catalog::builtin().event("segmentify", QString::fromLatin1(event))->properties)
                if (p.required && !p.common)
                    required << p.name;
            return required;
        };
        QCOMPARE(requiredOf("PAGE_VIEW"), (QStringList{"category"}));
        QCOMPARE(requiredOf("PRODUCT_VIEW"),
                 (QStringList{"productId", "title", "url", "image", "category", "price"}));
        QCOMPARE(requiredOf("BASKET_OPERATIONS"), (QStringList{"step", "productId"}));
        QCOMPARE(requiredOf("CHECKOUT"), (QStringList{"step", "totalPrice", "productList"}));
        QCOMPARE(requiredOf("USER_OPERATIONS"), (QStringList{"step", "username"}));
        QCOMPARE(requiredOf("CUSTOM_EVENT"), (QStringList{"type"}));
        QCOMPARE(
            Catalog::builtin().event("segmentify", "PAGE_VIEW")->property("category")->allowedValues.size(),
            7);
        QCOMPARE(Catalog::builtin().event("segmentify", "CHECKOUT")->property("step")->allowedValues,
                 (QStringList{"basket", "customer", "payment", "purchase"}));
        QCOMPARE(Catalog::builtin().event("segmentify", "USER_OPERATIONS")->property("step")->allowedValues,
                 (QStringList{"signup", "signin", "signout", "update"}));
        QCOMPARE(Catalog::builtin().event("segmentify", "PRODUCT_VIEW")->property("gender")->allowedValues,
                 (QStringList{"M", "F", "U"}));
        QVERIFY(Catalog::builtin()
                    .event("segmentify", "CHECKOUT")
                    ->property("productList")
                    ->child("productId")
                    ->required);
    }

    void shoplineHasTheSegmentAttributeGroups() {
        const SourceSpec *s = Catalog::builtin().source(QStringLiteral("shopline"));
        const QStringList fields = names(s->profileFields);
        for (const char *f : {"first_name", "email", "gender", "subscription_status", "email_opens",
                              "email_clicks", "orders_count", "purchased_products"})
            QVERIFY2(fields.contains(QLatin1String(f)), f);
        QVERIFY(Catalog::builtin().event("shopline", "shopline.segment.updated"));
    }

    void everyPropertyIsDescribedWithATypeAndExample() {
        std::function<void(const PropertySpec &, const QString &)> check = [&](const PropertySpec &p,
                                                                               const QString &where) {
            QVERIFY2(!p.description.isEmpty(), qPrintable(where + p.name));
            if (p.children.isEmpty())
                QVERIFY2(!Catalog::exampleValue(p).isUndefined(), qPrintable(where + p.name));
            for (const PropertySpec &c : p.children)
                check(c, where + p.name + u'.');
        };
        for (const SourceSpec &s : Catalog::builtin().sources()) {
            for (const EventSpec &e : s.events) {
                QVERIFY2(!e.description.isEmpty(), qPrintable(e.name));
                for (const PropertySpec &p : e.properties)
                    check(p, s.kind + u'/' + e.name + u'/');
            }
            for (const PropertySpec &p : s.profileFields)
                check(p, s.kind + QStringLiteral("/profile/"));
        }
    }

    void sampleEventsHaveTheEventPayloadShape() {
        const Catalog &c = Catalog::builtin();
        const Event e = c.sampleEvent("ordergroove", "ordergroove.order.reject");
        QCOMPARE(e.type, QStringLiteral("track"));
        QCOMPARE(e.payload.value("event").toString(), QStringLiteral("ordergroove.order.reject"));
        QCOMPARE(e.properties().value("reject_code").toString(), QStringLiteral("cc_declined"));
        QCOMPARE(e.properties()
                     .value("items_subset")
                     .toArray()
                     .first()
                     .toObject()
                     .value("product")
                     .toObject()
                     .value("sku")
                     .toString(),
                 QStringLiteral("CB-32OZ"));
        QVERIFY(!e.payload.value("userId").toString().isEmpty());
        QCOMPARE(e.payload.value("context").toObject().value("traits").toObject().value("email").toString(),
                 QStringLiteral("jane.doe@example.com"));
        const Event visit = c.sampleEvent("smrt", "Pickup Completed");
        QCOMPARE(visit.properties().value("address").toObject().value("city").toString(),
                 QStringLiteral("San Francisco"));
        const Event identify = c.sampleEvent("shopline", "Customer Updated");
        QCOMPARE(identify.type, QStringLiteral("identify"));
        QVERIFY(identify.payload.value("traits").toObject().contains("subscription_status"));
        const Profile p = c.sampleProfile("smile");
        QCOMPARE(p.traits.value("Smile State").toString(), QStringLiteral("member"));
        QCOMPARE(p.email, QStringLiteral("jane.doe@example.com"));
    }

    void brokenCatalogFileIsReportedByName() {
        QTemporaryDir dir;
        QFile f(dir.filePath("bad.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"kind":"bad","events":[{"name":"X","properties":[{"name":"p","type":"weird"}]}]})");
        f.close();
        auto loaded = Catalog::loadDirectory(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains("bad.json") && loaded.error().contains("weird"),
                 qPrintable(loaded.error()));
    }
};

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
