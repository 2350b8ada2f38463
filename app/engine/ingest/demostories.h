#pragma once

#include <QDateTime>
#include <QList>

#include "demogenerator.h"

// The demo store's people and what they do in each system, for DemoGenerator. Each system's story
// follows its seed document: SMRT POS visits and orders, Ordergroove subscriptions and orders, Smile
// points and tiers, web shop sessions in Segmentify's format, SHOPLINE customer syncs and segments.
namespace sb::demo {

// One customer, from the seed and their index alone.
DemoCustomer makeCustomer(int index, quint64 seed, const QDateTime &start, const QDateTime &end);

// A customer's SHOPLINE order figures, which decide the segments they are in.
struct ShoplineFigures {
    bool known = false; // SHOPLINE knows this customer
    int orders = 0;
    double spent = 0;
};

// Everything the customer did in [start, end] across their systems, appended to out (unsorted).
ShoplineFigures customerHistory(const DemoCustomer &customer, quint64 seed, const QDateTime &start,
                                const QDateTime &end, QList<DemoMessage> &out);

// SHOPLINE's customer segments: created early in the window, refreshed weekly, one deleted.
void shoplineSegments(const QList<DemoCustomer> &customers, const QList<ShoplineFigures> &figures,
                      quint64 seed, const QDateTime &start, const QDateTime &end, QList<DemoMessage> &out);

// One event of the customer happening now, in a source they use; its id is unique per call.
DemoMessage liveEvent(const DemoCustomer &customer, quint64 seed, DemoRandom &random, const QDateTime &at);

} // namespace sb::demo
