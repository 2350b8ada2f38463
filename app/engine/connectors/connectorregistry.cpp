#include "connectorregistry.h"

#include <memory>
#include <vector>

#include "attentiveconnector.h"
#include "customerioconnector.h"
#include "klaviyoconnector.h"
#include "mixpanelconnector.h"
#include "segmentconnector.h"
#include "segmentifyconnector.h"
#include "smartpushconnector.h"
#include "webhookconnector.h"

namespace sb {

namespace {

const std::vector<std::unique_ptr<Connector>> &connectors() {
    static const std::vector<std::unique_ptr<Connector>> list = [] {
        std::vector<std::unique_ptr<Connector>> v;
        v.push_back(std::make_unique<SegmentConnector>());
        v.push_back(std::make_unique<KlaviyoConnector>());
        v.push_back(std::make_unique<AttentiveConnector>());
        v.push_back(std::make_unique<SegmentifyConnector>());
        v.push_back(std::make_unique<SmartPushConnector>());
        v.push_back(std::make_unique<MixpanelConnector>());
        v.push_back(std::make_unique<CustomerIoConnector>());
        v.push_back(std::make_unique<WebhookConnector>());
        return v;
    }();
    return list;
}

} // namespace

const Connector *ConnectorRegistry::find(const QString &kind) {
    for (const auto &c : connectors()) {
        if (c->kind() == kind)
            return c.get();
    }
    return nullptr;
}

QList<const Connector *> ConnectorRegistry::all() {
    QList<const Connector *> out;
    for (const auto &c : connectors())
        out << c.get();
    return out;
}

} // namespace sb
