// Mapping expressions: parsing (with positioned errors), paths, literals and every function.
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include "core/jsonutil.h"
#include "core/model.h"
#include "mapping/expression.h"
#include "mapping/mappingcontext.h"
#include "mapping/phoneformat.h"
#include "mapping/template.h"

using namespace sb;

namespace {

QJsonObject sampleContext() {
    Event event;
    event.messageId = QStringLiteral("m-1");
    event.sourceKind = QStringLiteral("smrt");
    event.type = QStringLiteral("track");
    event.name = QStringLiteral("Order Created");
    event.occurredAt = QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15, 250), Qt::UTC);
    event.payload = QJsonObject{
        {QStringLiteral("userId"), QStringLiteral("c-42")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("order_id"), QStringLiteral("O-1001")},
                     {QStringLiteral("value"), 19.99},
                     {QStringLiteral("price_text"), QStringLiteral("1,299.50")},
                     {QStringLiteral("Order Id"), QStringLiteral("spaced")},
                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b"), 3}},
                     {QStringLiteral("items"),
                      QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1")}}}},
                     {QStringLiteral("empty"), QString()}}}};
    Profile profile;
    profile.id = 7;
    profile.email = QStringLiteral("Ann@Example.com");
    profile.phone = QStringLiteral("(415) 601 5610");
    profile.traits = QJsonObject{{QStringLiteral("firstName"), QStringLiteral("  Ann ")},
                                 {QStringLiteral("email"), QStringLiteral("ann@example.com")},
                                 {QStringLiteral("birthday"), QStringLiteral("1990-01-23")}};
    return MappingContext::build(event, profile);
}

QJsonValue eval(const QString &text) {
    const Result<Expression> e = Expression::parse(text);
    if (!e) {
        qWarning("parse failed: %s", qPrintable(e.error()));
        return QJsonValue(QJsonValue::Undefined);
    }
    return e.value().evaluate(sampleContext());
}

QString parseError(const QString &text) {
    const Result<Expression> e = Expression::parse(text);
    return e ? QString() : e.error();
}

} // namespace

class TestExpression : public QObject {
    Q_OBJECT
private slots:
    // The context's timestamps are formatted without QDateTime::toString (speed): the same text as
    // Qt's ISO format in UTC, across leap days, centuries and both ends of the fast path.
    void contextTimestampsMatchQtIsoFormat() {
        const QList<QDateTime> times{
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15, 250), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(0, 0, 0, 1), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC),
            QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone(7200)),
        };
        QList<QDateTime> all = times;
        quint64 seed = 12345;
        for (int i = 0; i < 2000; ++i) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            all << QDateTime::fromMSecsSinceEpoch(qint64(seed % 4'102'444'800'000ULL), Qt::UTC);
        }
        for (const QDateTime &time : std::as_const(all)) {
            Event event;
            event.occurredAt = time;
            event.receivedAt = time;
            const QJsonObject e =
                MappingContext::build(event, Profile()).value(QStringLiteral("event")).toObject();
            QCOMPARE(e.value(QStringLiteral("timestamp")).toString(),
                     time.toUTC().toString(Qt::ISODateWithMs));
            QCOMPARE(e.value(QStringLiteral("receivedAt")).toString(),
                     time.toUTC().toString(Qt::ISODateWithMs));
        }
    }

    void paths() {
        QCOMPARE(eval(QStringLiteral("event.properties.order_id")), QJsonValue(QStringLiteral("O-1001")));
        QCOMPARE(eval(QStringLiteral("event.name")), QJsonValue(QStringLiteral("Order Created")));
        QCOMPARE(eval(QStringLiteral("event.timestamp")),
                 QJsonValue(QStringLiteral("2024-03-05T14:30:15.250Z")));
        QCOMPARE(eval(QStringLiteral("event.userId")), QJsonValue(QStringLiteral("c-42")));
        QCOMPARE(eval(QStringLiteral("profile.traits.email")), QJsonValue(QStringLiteral("ann@example.com")));
        QCOMPARE(eval(QStringLiteral("profile.email")), QJsonValue(QStringLiteral("Ann@Example.com")));
        QCOMPARE(eval(QStringLiteral("profile.firstName")), QJsonValue(QStringLiteral("  Ann ")));
        QCOMPARE(eval(QStringLiteral("event.properties.items.0.sku")), QJsonValue(QStringLiteral("SKU-1")));
        QCOMPARE(eval(QStringLiteral("event.properties.items[0].sku")), QJsonValue(QStringLiteral("SKU-1")));
        QCOMPARE(eval(QStringLiteral("event.properties[\"Order Id\"]")),
                 QJsonValue(QStringLiteral("spaced")));
        QCOMPARE(eval(QStringLiteral("event.properties.missing")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("event.properties.items.5.sku")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("event.properties.order_id.deeper")), QJsonValue(QJsonValue::Null));
        QVERIFY(eval(QStringLiteral("event.properties")).isObject());
        QCOMPARE(eval(QStringLiteral("profile.hasEmail")), QJsonValue(true));
    }

    void literals() {
        QCOMPARE(eval(QStringLiteral("\"text\"")), QJsonValue(QStringLiteral("text")));
        QCOMPARE(eval(QStringLiteral("'it\\'s'")), QJsonValue(QStringLiteral("it's")));
        QCOMPARE(eval(QStringLiteral("42")), QJsonValue(42));
        QCOMPARE(eval(QStringLiteral("-1.5")), QJsonValue(-1.5));
        QCOMPARE(eval(QStringLiteral("true")), QJsonValue(true));
        QCOMPARE(eval(QStringLiteral("false")), QJsonValue(false));
        QCOMPARE(eval(QStringLiteral("null")), QJsonValue(QJsonValue::Null));
    }

    void stringFunctions() {
        QCOMPARE(eval(QStringLiteral("lower(profile.email)")), QJsonValue(QStringLiteral("ann@example.com")));
        QCOMPARE(eval(QStringLiteral("upper(event.properties.order_id)")),
                 QJsonValue(QStringLiteral("O-1001")));
        QCOMPARE(eval(QStringLiteral("trim(profile.traits.firstName)")), QJsonValue(QStringLiteral("Ann")));
        QCOMPARE(eval(QStringLiteral("lower(42)")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("upper(trim(profile.firstName))")), QJsonValue(QStringLiteral("ANN")));
    }

    void phoneFunction() {
        QCOMPARE(eval(QStringLiteral("e164(profile.phone, 'US')")),
                 QJsonValue(QStringLiteral("+14156015610")));
        QCOMPARE(eval(QStringLiteral("e164(profile.phone)")), QJsonValue(QStringLiteral("+14156015610")));
        QCOMPARE(eval(QStringLiteral("e164('030 1234567', 'DE')")),
                 QJsonValue(QStringLiteral("+49301234567")));
        QCOMPARE(eval(QStringLiteral("e164('+44 20 7946 0958', 'US')")),
                 QJsonValue(QStringLiteral("+442079460958")));
        QCOMPARE(eval(QStringLiteral("e164('0044 20 7946 0958')")),
                 QJsonValue(QStringLiteral("+442079460958")));
        QCOMPARE(eval(QStringLiteral("e164('call me', 'US')")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("e164('12345', 'US')")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("e164(event.properties.missing, 'US')")), QJsonValue(QJsonValue::Null));
        QVERIFY(PhoneFormat::isE164(QStringLiteral("+14156015610")));
        QVERIFY(!PhoneFormat::isE164(QStringLiteral("4156015610")));
        QVERIFY(!PhoneFormat::isE164(QStringLiteral("+1 415 601 5610")));
        QVERIFY(!PhoneFormat::isE164(QStringLiteral("+0123456789")));
    }

    void dateFunctions() {
        QCOMPARE(eval(QStringLiteral("iso8601(event.timestamp)")),
                 QJsonValue(QStringLiteral("2024-03-05T14:30:15.250Z")));
        QCOMPARE(eval(QStringLiteral("unix_seconds(event.timestamp)")), QJsonValue(1709649015.0));
        QCOMPARE(eval(QStringLiteral("unix_ms(event.timestamp)")), QJsonValue(1709649015250.0));
        QCOMPARE(eval(QStringLiteral("ddmmyyyy(event.timestamp)")), QJsonValue(QStringLiteral("05.03.2024")));
        QCOMPARE(eval(QStringLiteral("ddmmyyyy(profile.birthday)")),
                 QJsonValue(QStringLiteral("23.01.1990")));
        QCOMPARE(eval(QStringLiteral("iso8601(1709649015)")),
                 QJsonValue(QStringLiteral("2024-03-05T14:30:15.000Z")));
        QCOMPARE(eval(QStringLiteral("iso8601(1709649015250)")),
                 QJsonValue(QStringLiteral("2024-03-05T14:30:15.250Z")));
        QCOMPARE(eval(QStringLiteral("iso8601('05.03.2024')")),
                 QJsonValue(QStringLiteral("2024-03-05T00:00:00.000Z")));
        QCOMPARE(eval(QStringLiteral("iso8601('2024-03-05T16:30:15+02:00')")),
                 QJsonValue(QStringLiteral("2024-03-05T14:30:15.000Z")));
        QCOMPARE(eval(QStringLiteral("unix_seconds('not a date')")), QJsonValue(QJsonValue::Null));
    }

    void numberFunctions() {
        QCOMPARE(eval(QStringLiteral("number('12.5')")), QJsonValue(12.5));
        QCOMPARE(eval(QStringLiteral("number(event.properties.price_text)")), QJsonValue(1299.5));
        QCOMPARE(eval(QStringLiteral("number('abc')")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("cents(event.properties.value)")), QJsonValue(1999));
        QCOMPARE(eval(QStringLiteral("cents('0.29')")), QJsonValue(29));
        QCOMPARE(eval(QStringLiteral("cents(null)")), QJsonValue(QJsonValue::Null));
    }

    void combiningFunctions() {
        QCOMPARE(eval(QStringLiteral("coalesce(event.properties.missing, event.properties.empty, 'x', 'y')")),
                 QJsonValue(QStringLiteral("x")));
        QCOMPARE(eval(QStringLiteral("coalesce(event.properties.missing)")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("default(event.properties.missing, 0)")), QJsonValue(0));
        QCOMPARE(eval(QStringLiteral("default(event.properties.order_id, 0)")),
                 QJsonValue(QStringLiteral("O-1001")));
        QCOMPARE(eval(QStringLiteral("concat('order-', event.properties.order_id, '-', 3)")),
                 QJsonValue(QStringLiteral("order-O-1001-3")));
        QCOMPARE(eval(QStringLiteral("concat(event.properties.missing, 'a')")),
                 QJsonValue(QStringLiteral("a")));
        QCOMPARE(eval(QStringLiteral("join(event.properties.tags, ', ')")),
                 QJsonValue(QStringLiteral("a, b, 3")));
        QCOMPARE(eval(QStringLiteral("join(event.properties.tags)")), QJsonValue(QStringLiteral("a,b,3")));
        QCOMPARE(eval(QStringLiteral("string(19.5)")), QJsonValue(QStringLiteral("19.5")));
    }

    void parseErrorsNameThePosition_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed call")
            << QStringLiteral("lower(event.name") << QStringLiteral("col 17: expected ')'");
        QTest::newRow("missing comma")
            << QStringLiteral("concat('a' 'b')") << QStringLiteral("col 12: expected ')'");
        QTest::newRow("unknown function")
            << QStringLiteral("  shout(event.name)") << QStringLiteral("col 3: unknown function 'shout'");
        QTest::newRow("unknown root")
            << QStringLiteral("order.id")
            << QStringLiteral("col 1: unknown name 'order': paths start with event. or profile.");
        QTest::newRow("arity") << QStringLiteral("lower(event.name, 'x')")
                               << QStringLiteral("col 1: lower takes 1 argument(s), got 2: lower(text)");
        QTest::newRow("unterminated")
            << QStringLiteral("concat('abc") << QStringLiteral("col 8: unterminated string (missing ')");
        QTest::newRow("trailing") << QStringLiteral("event.name )")
                                  << QStringLiteral("col 12: unexpected ')' after the expression");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("col 1: empty expression");
        QTest::newRow("dot") << QStringLiteral(
            "event.") << QStringLiteral("col 7: expected a field name after '.', found end of expression");
        QTest::newRow("bracket") << QStringLiteral("event.properties[x]")
                                 << QStringLiteral(
                                        "col 18: expected a quoted key or an index inside [ ], found 'x'");
        QTest::newRow("number") << QStringLiteral("12abc")
                                << QStringLiteral("col 3: unexpected 'a' after the number");
    }

    void parseErrorsNameThePosition() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(parseError(text), error);
    }

    void parsedOnceAndShared() {
        const Result<Expression> a = Expression::cached(QStringLiteral("lower(profile.email)"));
        const Result<Expression> b = Expression::cached(QStringLiteral("lower(profile.email)"));
        QVERIFY(a && b);
        QCOMPARE(a.value().evaluate(sampleContext()), b.value().evaluate(sampleContext()));
        QVERIFY(!Expression::cached(QStringLiteral("lower(")).ok());
        QVERIFY(Expression::parse(QStringLiteral("event.properties.order_id")).value().isPath());
        QVERIFY(!Expression::parse(QStringLiteral("lower(event.name)")).value().isPath());
    }

    // The renderer reads the context lazily (LazyMappingContext): every path must give what the built
    // context gives, byte for byte, whichever of the payload, the columns or the traits holds a key.
    void lazyContextMatchesTheBuiltOne() {
        const QDateTime at(QDate(2024, 3, 5), QTime(14, 30, 15, 250), Qt::UTC);
        QList<Event> events;
        const QList<QJsonObject> payloads{
            QJsonObject(),
            QJsonObject{
                {"event", "From Payload"},
                {"type", "track"},
                {"messageId", "other-id"},
                {"timestamp", "2020-01-01T00:00:00.000Z"},
                {"receivedAt", 17},
                {"name", "payload name"},
                {"sourceKind", "web"},
                {"userId", "c-1"},
                {"anonymousId", QJsonValue::Null},
                {"properties", QJsonObject{{"a", 1}, {"b", QJsonArray{1, "x", QJsonObject{{"c", true}}}}}},
                {"traits", "not an object"},
                {"items", QJsonArray{QJsonObject{{"sku", "S-1"}}, 2.5}}},
            QJsonObject{{"properties", QJsonArray{1, 2}},
                        {"context", QJsonObject{{"traits", QJsonObject{{"email", "x@example.com"}}}}},
                        {"traits", QJsonObject{{"plan", "gold"}}},
                        {"type", "identify"},
                        {"timestamp", 12345}},
        };
        for (const QJsonObject &payload : payloads) {
            for (int variant = 0; variant < 4; ++variant) {
                Event e;
                e.payload = payload;
                e.sourceKind = variant % 2 ? QStringLiteral("smrt") : QString();
                if (variant & 1) {
                    e.name = QStringLiteral("Order Created");
                    e.type = QStringLiteral("track");
                    e.messageId = QStringLiteral("m-1");
                }
                if (variant & 2) {
                    e.occurredAt = at;
                    e.receivedAt = at.addSecs(3);
                }
                events << e;
            }
        }
        QList<Profile> profiles{Profile()};
        Profile full;
        full.id = 42;
        full.email = QStringLiteral("ann@example.com");
        full.phone = QStringLiteral("+14156015610");
        full.userId = QStringLiteral("c-42");
        full.displayName = QStringLiteral("Ann");
        full.traits = QJsonObject{{"email", "old@example.com"}, {"plan", "gold"}, {"id", "t-id"}};
        profiles << full;
        Profile traitsOnly;
        traitsOnly.traits = QJsonObject{{"email", "t@example.com"},
                                        {"phone", 5},
                                        {"userId", "t-user"},
                                        {"displayName", QJsonValue::Null},
                                        {"id", 9},
                                        {"hasEmail", "yes"},
                                        {"traits", "own"},
                                        {"nested", QJsonObject{{"x", QJsonArray{1}}}}};
        profiles << traitsOnly;
        Profile numericEmail;
        numericEmail.traits = QJsonObject{{"email", 12}};
        profiles << numericEmail;
        Profile columnsOnly;
        columnsOnly.email = QStringLiteral("e@example.com");
        columnsOnly.userId = QStringLiteral("c-7");
        profiles << columnsOnly;

        QStringList paths{"event",
                          "profile",
                          "event.missing",
                          "profile.missing",
                          "event.properties.b.2.c",
                          "event.items.0.sku",
                          "event.items.1",
                          "event.context.traits.email",
                          "profile.traits.email",
                          "profile.nested.x.0",
                          "coalesce(event.userId, profile.userId)",
                          "lower(profile.email)"};
        for (const char *key : {"name", "type", "messageId", "sourceKind", "timestamp", "receivedAt",
                                "userId", "anonymousId", "properties", "traits", "context", "event"})
            paths << QStringLiteral("event.") + QLatin1String(key);
        for (const char *key :
             {"email", "phone", "userId", "displayName", "id", "hasEmail", "traits", "plan", "nested"})
            paths << QStringLiteral("profile.") + QLatin1String(key);
        int compared = 0;
        for (const Event &event : std::as_const(events)) {
            for (const Profile &profile : std::as_const(profiles)) {
                const QJsonObject built = MappingContext::build(event, profile);
                const LazyMappingContext lazy(event, profile);
                QStringList all = paths;
                for (const char *root : {"event", "profile"})
                    for (const QString &key : built.value(QLatin1String(root)).toObject().keys())
                        all << QLatin1String(root) + u'.' + key;
                for (const QString &path : std::as_const(all)) {
                    const Result<Expression> expression = Expression::parse(path);
                    QVERIFY2(expression, qPrintable(path));
                    const QJsonValue expected = expression.value().evaluate(built);
                    const QJsonValue actual = expression.value().evaluate(lazy);
                    QVERIFY2(expected.type() == actual.type() && expected == actual
                                 && json::valueText(expected) == json::valueText(actual),
                             qPrintable(path + u' ' + QString::fromUtf8(json::valueText(expected))
                                        + QStringLiteral(" != ")
                                        + QString::fromUtf8(json::valueText(actual))));
                    ++compared;
                }
                const Template name =
                    Template::parse(QStringLiteral("{{event.name}}/{{profile.email}}/{{event}}")).value();
                QCOMPARE(name.render(lazy), name.render(built));
            }
        }
        QVERIFY(compared > 1000);
    }

    // coalesce and default stop at the first value that is not blank: the profile a delivery renders
    // with is loaded only when a mapping's path reaches it.
    void fallbacksReadTheProfileOnlyWhenNeeded() {
        Event event;
        event.type = QStringLiteral("track");
        event.payload = QJsonObject{{"userId", "u-event"}, {"properties", QJsonObject{{"email", ""}}}};
        int loads = 0;
        const ProfileRef profile([&loads] {
            ++loads;
            Profile p;
            p.id = 7;
            p.userId = QStringLiteral("u-profile");
            p.email = QStringLiteral("ann@example.com");
            return p;
        });
        const LazyMappingContext context(event, profile);
        auto eval = [&](const char *text) {
            const Result<Expression> e = Expression::parse(QString::fromLatin1(text));
            return e ? e.value().evaluate(context) : QJsonValue(e.error());
        };
        QCOMPARE(eval("coalesce(event.userId, profile.userId)"), QJsonValue("u-event"));
        QCOMPARE(eval("default(event.userId, profile.userId)"), QJsonValue("u-event"));
        QCOMPARE(loads, 0);
        // A blank first value (an empty string) falls through, as before, and reads the profile once.
        QCOMPARE(eval("coalesce(event.properties.email, profile.email)"), QJsonValue("ann@example.com"));
        QCOMPARE(eval("coalesce(event.anonymousId, profile.userId, 'x')"), QJsonValue("u-profile"));
        QCOMPARE(loads, 1);
        QCOMPARE(eval("coalesce(event.properties.email, '')"), QJsonValue(QJsonValue::Null));
    }

    void templates() {
        const Result<Template> t =
            Template::parse(QStringLiteral("SMRT {{ event.name }} ({{upper(event.sourceKind)}})"));
        QVERIFY2(t, qPrintable(t.error()));
        QCOMPARE(t.value().render(sampleContext()), QStringLiteral("SMRT Order Created (SMRT)"));
        QCOMPARE(Template::parse(QStringLiteral("Placed Order")).value().render(sampleContext()),
                 QStringLiteral("Placed Order"));
        QCOMPARE(Template::parse(QStringLiteral("x {{ lower(event.name }}")).error(),
                 QStringLiteral("col 23: expected ')'"));
        QCOMPARE(Template::parse(QStringLiteral("x {{ event.name")).error(),
                 QStringLiteral("col 3: '{{' without a closing '}}'"));
    }
};

QTEST_APPLESS_MAIN(TestExpression)
#include "tst_expression.moc"
