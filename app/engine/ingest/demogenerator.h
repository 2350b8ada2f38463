#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sb {

// A small deterministic random source (splitmix64): the same seed gives the same numbers on every
// platform and standard library, which std:: distributions do not promise.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}
    quint64 next();
    int range(int low, int high); // inclusive
    double uniform();             // [0, 1)
    bool chance(double probability) { return uniform() < probability; }
    template<typename T> const T &pick(const QList<T> &items) {
        return items.at(range(0, int(items.size()) - 1));
    }

private:
    quint64 m_state;
};

// One person of the demo store, as all five systems know them.
struct DemoCustomer {
    int index = 0;
    QString firstName;
    QString lastName;
    QString email;        // empty: the store has no email for them
    QString phone;        // E.164, empty when unknown
    QString phoneDisplay; // "(415) 555 0123" as SMRT prints it
    QString street;
    QString city;
    QString state;
    QString postalCode;
    QString gender; // female / male
    QDate birthday;
    QDateTime since; // became a customer
    QString smrtId;
    int smileId = 0;
    QString ordergrooveId;
    QString segmentifyUserId;
    QString username;
    bool inSmrt = false;
    bool inSmile = false;
    bool inOrdergroove = false;
    bool onWeb = false;
    bool inShopline = false;

    QString name() const { return firstName + u' ' + lastName; }
};

// A message as its source system sends it, before Switchboard normalizes it:
//   smrt, shopline: a Segment message (type, event, userId, messageId, timestamp, properties, traits)
//   ordergroove:    {"id", "event", "timestamp", "customer", "data"}
//   smile:          {"id", "topic", "created_at", "customer", "payload"}
//   segmentify:     one Segmentify event object (name, userId, sessionId, ... plus messageId)
struct DemoMessage {
    QString sourceKind;
    QJsonObject body;
    QDateTime at; // when it happened
    QString messageId;
};

// Generates the demo store's customers and their history across SMRT POS, SHOPLINE, Ordergroove,
// Segmentify and Smile from the catalog's event shapes. Everything follows from the seed: the same
// options give the same customers, payloads and message ids (so a second run is de-duplicated).
class DemoGenerator {
public:
    struct Options {
        int customers = 200;
        int days = 30;
        quint64 seed = 1;
        QDateTime end; // the history ends here (must be in the past); invalid: now, to the hour
    };

    explicit DemoGenerator(Options options);

    const QList<DemoCustomer> &customers() const { return m_customers; }
    QDateTime start() const { return m_end.addDays(-m_options.days); }
    QDateTime end() const { return m_end; }

    // The whole history, oldest first.
    QList<DemoMessage> history() const;
    // One live event of a random customer and source, happening at `at`; ids are unique per call.
    DemoMessage liveMessage(DemoRandom &random, const QDateTime &at) const;

    static QStringList sourceKinds();

private:
    Options m_options;
    QDateTime m_end;
    QList<DemoCustomer> m_customers;
};

} // namespace sb
