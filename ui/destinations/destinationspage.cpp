#include "destinationspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "core/secrets.h"
#include "delivery/deliverypolicy.h"
#include "destinationlistmodel.h"
#include "destinationrequest.h"
#include "live/livecolors.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "secretfield.h"
#include "shell/consolecontext.h"

namespace sb {

namespace {

const QString kDelivery = QStringLiteral("delivery");

QLabel *sectionTitle() {
    auto *label = new QLabel;
    label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return label;
}

QString statusListText(const QList<int> &statuses) {
    QStringList parts;
    for (int s : statuses)
        parts << QString::number(s);
    return parts.join(QStringLiteral(", "));
}

// Sets a delivery key, or removes it when it equals the engine's default (so defaults can evolve).
void setOrDefault(QJsonObject &delivery, const QString &key, const QJsonValue &value,
                  const QJsonValue &fallback) {
    if (value == fallback)
        delivery.remove(key);
    else
        delivery.insert(key, value);
}

} // namespace

DestinationsPage::DestinationsPage(ConsoleContext *context, QWidget *parent)
    : ConsolePage(parent)
    , m_context(context)
    , m_destinations(new DestinationListModel(context->workspace, this))
    , m_request(new DestinationRequest(this)) {
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = sectionTitle();
    leftLayout->addWidget(m_listTitle);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("destinationList"));
    m_list->setModel(m_destinations);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_list, 1);
    m_new = new QPushButton;
    m_recipe = new QPushButton;
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_recipe);
    splitter->addWidget(left);

    auto *scroll = new QScrollArea;
    scroll->setWidget(buildForm());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 720});
    layout->addWidget(splitter);

    connect(m_destinations, &DestinationListModel::refreshed, this, &DestinationsPage::onRefreshed);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row());
            });
    connect(m_new, &QPushButton::clicked, this, [this] { newDestination(); });
    connect(m_recipe, &QPushButton::clicked, this, &DestinationsPage::chooseRecipe);
    connect(m_request, &DestinationRequest::finished, this, &DestinationsPage::showConnection);
    if (m_context->navigator)
        connect(m_context->navigator, &ConsoleNavigator::destinationRequested, this,
                &DestinationsPage::showDestination);

    retranslateUi();
    newDestination();
    m_destinations->refresh();
}

QWidget *DestinationsPage::buildForm() {
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    m_formTitle = sectionTitle();
    v->addWidget(m_formTitle);
    m_form = new QFormLayout;
    v->addLayout(m_form);

    m_connector = new QComboBox;
    m_connector->setObjectName(QStringLiteral("destinationConnector"));
    for (const Connector *c : ConnectorRegistry::all())
        m_connector->addItem(c->displayName(), c->kind());
    m_form->addRow(new QLabel, m_connector);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("destinationName"));
    m_form->addRow(new QLabel, m_name);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("destinationBaseUrl"));
    m_form->addRow(new QLabel, m_baseUrl);
    m_credentialBox = new QWidget;
    m_credentialForm = new QFormLayout(m_credentialBox);
    m_credentialForm->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(new QLabel, m_credentialBox);
    m_settings = new QPlainTextEdit;
    m_settings->setObjectName(QStringLiteral("destinationSettings"));
    m_settings->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_settings->setMaximumHeight(110);
    m_form->addRow(new QLabel, m_settings);

    m_deliveryTitle = sectionTitle();
    v->addWidget(m_deliveryTitle);
    m_deliveryForm = new QFormLayout;
    v->addLayout(m_deliveryForm);
    m_rate = new QDoubleSpinBox;
    m_rate->setObjectName(QStringLiteral("destinationRate"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_burst = new QSpinBox;
    m_burst->setRange(0, 100000);
    m_rate->setMinimumWidth(170);
    m_burst->setMinimumWidth(170);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_burst);
    rateRow->addStretch(1);
    m_deliveryForm->addRow(new QLabel, rateRow);
    m_initialBackoff = new QDoubleSpinBox;
    m_initialBackoff->setRange(0.001, 3600);
    m_initialBackoff->setDecimals(3);
    m_maxBackoff = new QDoubleSpinBox;
    m_maxBackoff->setRange(0.001, 86400);
    m_maxBackoff->setDecimals(1);
    auto *backoffRow = new QHBoxLayout;
    backoffRow->addWidget(m_initialBackoff);
    backoffRow->addWidget(m_maxBackoff);
    backoffRow->addStretch(1);
    m_deliveryForm->addRow(new QLabel, backoffRow);
    m_retryWindow = new QSpinBox;
    m_retryWindow->setObjectName(QStringLiteral("destinationRetryWindow"));
    m_retryWindow->setRange(0, 7 * 24 * 60);
    m_retryWindow->setMaximumWidth(170);
    m_deliveryForm->addRow(new QLabel, m_retryWindow);
    m_retryStatuses = new QLineEdit;
    m_retryStatuses->setObjectName(QStringLiteral("destinationRetryStatuses"));
    m_retryServerErrors = new QCheckBox;
    m_deliveryForm->addRow(new QLabel, m_retryStatuses);
    m_deliveryForm->addRow(new QLabel, m_retryServerErrors);
    m_timeout = new QDoubleSpinBox;
    m_timeout->setRange(0.1, 600);
    m_timeout->setDecimals(1);
    m_timeout->setMaximumWidth(170);
    m_deliveryForm->addRow(new QLabel, m_timeout);
    m_ordering = new QCheckBox;
    m_deliveryForm->addRow(new QLabel, m_ordering);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveDestination"));
    m_save->setDefault(true);
    m_test = new QPushButton;
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_openMappings = new QPushButton;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_openMappings);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("destinationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionResult"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_connection);
    v->addStretch(1);

    connect(m_connector, &QComboBox::currentIndexChanged, this, [this] {
        if (m_destinationId != 0)
            return; // the kind of a saved destination does not change
        const Connector *c = ConnectorRegistry::find(m_connector->currentData().toString());
        rebuildCredentials(m_connector->currentData().toString(), {});
        m_baseUrl->setPlaceholderText(c ? c->defaultBaseUrl().toString() : QString());
        QJsonObject defaults = c ? c->defaultSettings() : QJsonObject();
        m_settings->setPlainText(QString::fromUtf8(QJsonDocument(defaults).toJson(QJsonDocument::Indented)));
    });
    connect(m_save, &QPushButton::clicked, this, &DestinationsPage::save);
    connect(m_test, &QPushButton::clicked, this, &DestinationsPage::testConnection);
    connect(m_openMappings, &QPushButton::clicked, this, [this] {
        if (m_destinationId > 0 && m_context->navigator)
            emit m_context->navigator->mappingRequested(m_destinationId, 0);
    });
    return box;
}

void DestinationsPage::retranslateUi() {
    m_listTitle->setText(tr("Destinations"));
    m_list->setAccessibleName(tr("Destinations"));
    m_new->setText(tr("New destination"));
    m_recipe->setText(tr("Install recipe…"));
    m_recipe->setToolTip(tr("Adds a ready-made destination with its mappings."));
    m_formTitle->setText(m_destinationId == 0 ? tr("New destination") : tr("Destination"));
    auto label = [](QFormLayout *form, int row, const QString &text) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (auto *l = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
            l->setText(text);
    };
    label(m_form, 0, tr("Connector"));
    label(m_form, 1, tr("Name"));
    label(m_form, 2, tr("Base URL"));
    label(m_form, 3, tr("Credentials"));
    label(m_form, 4, tr("Connector settings (JSON)"));
    m_connector->setAccessibleName(tr("Connector"));
    m_name->setAccessibleName(tr("Destination name"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_settings->setAccessibleName(tr("Connector settings as JSON"));
    m_deliveryTitle->setText(tr("Rate limit and retries"));
    label(m_deliveryForm, 0, tr("Requests per second, burst"));
    label(m_deliveryForm, 1, tr("Back-off first, longest (s)"));
    label(m_deliveryForm, 2, tr("Give up after (minutes)"));
    label(m_deliveryForm, 3, tr("Also retry statuses"));
    label(m_deliveryForm, 4, QString());
    label(m_deliveryForm, 5, tr("Request timeout (s)"));
    label(m_deliveryForm, 6, QString());
    const Connector *connector = ConnectorRegistry::find(m_connector->currentData().toString());
    const DestinationConfig *stored = m_destinations->destinationById(m_destinationId);
    const ConnectorLimits limits =
        connector ? connector->limits(stored ? *stored : DestinationConfig{}) : ConnectorLimits{};
    m_rate->setSpecialValueText(tr("connector's (%1/s)").arg(limits.requestsPerSecond));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_burst->setSpecialValueText(tr("connector's (%1)").arg(limits.burst));
    m_burst->setAccessibleName(tr("Burst"));
    m_initialBackoff->setAccessibleName(tr("First back-off in seconds"));
    m_maxBackoff->setAccessibleName(tr("Longest back-off in seconds"));
    m_retryWindow->setAccessibleName(tr("Retry window in minutes"));
    m_retryStatuses->setAccessibleName(tr("HTTP statuses to retry"));
    m_retryStatuses->setPlaceholderText(tr("e.g. 408, 429"));
    m_retryServerErrors->setText(tr("Retry server errors (5xx except 501 and 505)"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_ordering->setText(tr("Keep each profile's events in order"));
    m_save->setText(m_destinationId == 0 ? tr("Add destination") : tr("Save destination"));
    m_test->setText(tr("Test connection"));
    m_test->setToolTip(tr("Sends a GET request to the base URL and shows whether the server answers."));
    m_openMappings->setText(tr("Open mappings"));
    for (SecretField *field : std::as_const(m_secrets))
        field->retranslateUi();
}

void DestinationsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ConsolePage::changeEvent(event);
}

void DestinationsPage::onRefreshed() {
    // Opens a requested (or just saved) destination, or the first one on first show; otherwise only
    // keeps the list's selection, so a refresh never throws away what is being typed in the form.
    int row = m_destinations->rowOf(m_pendingId);
    const bool open = row >= 0 || !isLoaded();
    if (row >= 0)
        m_pendingId = 0;
    else
        row = m_destinations->rowOf(m_destinationId);
    if (row < 0 && m_destinationId == 0 && !isLoaded() && m_destinations->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_destinations->index(row));
        if (open)
            openRow(row);
    }
    markLoaded();
}

void DestinationsPage::showEvent(QShowEvent *event) {
    ConsolePage::showEvent(event);
    if (isLoaded())
        m_destinations->refresh(); // recipes or the command line may have added some
}

void DestinationsPage::showDestination(qint64 destinationId) {
    const int row = m_destinations->rowOf(destinationId);
    if (row < 0) {
        m_pendingId = destinationId;
        m_destinations->refresh();
        return;
    }
    m_list->setCurrentIndex(m_destinations->index(row));
    openRow(row);
}

void DestinationsPage::openRow(int row) {
    const DestinationConfig *d = m_destinations->destination(row);
    if (d)
        showConfig(*d);
}

void DestinationsPage::newDestination(const QString &connectorKind) {
    m_destinationId = 0;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    }
    m_connector->setEnabled(true);
    m_name->clear();
    m_baseUrl->clear();
    const int index = connectorKind.isEmpty() ? std::max(0, m_connector->currentIndex())
                                              : std::max(0, m_connector->findData(connectorKind));
    {
        const QSignalBlocker blocker(m_connector);
        m_connector->setCurrentIndex(index);
    }
    const QString kind = m_connector->currentData().toString();
    const Connector *c = ConnectorRegistry::find(kind);
    m_baseUrl->setPlaceholderText(c ? c->defaultBaseUrl().toString() : QString());
    m_settings->setPlainText(QString::fromUtf8(
        QJsonDocument(c ? c->defaultSettings() : QJsonObject()).toJson(QJsonDocument::Indented)));
    rebuildCredentials(kind, {});
    const DeliveryPolicy policy;
    m_rate->setValue(0);
    m_burst->setValue(0);
    m_initialBackoff->setValue(policy.initialBackoffMs / 1000.0);
    m_maxBackoff->setValue(policy.maxBackoffMs / 1000.0);
    m_retryWindow->setValue(int(policy.maxRetryWindowMs / 60000));
    m_retryStatuses->setText(statusListText(policy.retryStatuses));
    m_retryServerErrors->setChecked(policy.retryServerErrors);
    m_timeout->setValue(policy.timeoutMs / 1000.0);
    m_ordering->setChecked(policy.ordering);
    m_connection->clear();
    showStatus(QString(), false);
    m_test->setEnabled(true);
    m_openMappings->setEnabled(false);
    retranslateUi();
}

void DestinationsPage::showConfig(const DestinationConfig &d) {
    m_destinationId = d.id;
    {
        const QSignalBlocker blocker(m_connector);
        m_connector->setCurrentIndex(m_connector->findData(d.connector));
    }
    m_connector->setEnabled(false);
    m_name->setText(d.name);
    const Connector *c = ConnectorRegistry::find(d.connector);
    m_baseUrl->setPlaceholderText(c ? c->defaultBaseUrl().toString() : QString());
    m_baseUrl->setText(d.baseUrl.toString());
    QJsonObject connectorSettings = d.settings;
    connectorSettings.remove(kDelivery);
    m_settings->setPlainText(
        QString::fromUtf8(QJsonDocument(connectorSettings).toJson(QJsonDocument::Indented)));
    rebuildCredentials(d.connector, d.credentials);
    const DeliveryPolicy policy = DeliveryPolicy::fromSettings(d.settings);
    m_rate->setValue(policy.requestsPerSecond);
    m_burst->setValue(policy.burst);
    m_initialBackoff->setValue(policy.initialBackoffMs / 1000.0);
    m_maxBackoff->setValue(policy.maxBackoffMs / 1000.0);
    m_retryWindow->setValue(int(policy.maxRetryWindowMs / 60000));
    m_retryStatuses->setText(statusListText(policy.retryStatuses));
    m_retryServerErrors->setChecked(policy.retryServerErrors);
    m_timeout->setValue(policy.timeoutMs / 1000.0);
    m_ordering->setChecked(policy.ordering);
    m_connection->clear();
    showStatus(d.paused ? tr("Paused: deliveries wait until it is resumed.") : QString(), false);
    m_openMappings->setEnabled(true);
    retranslateUi();
}

void DestinationsPage::rebuildCredentials(const QString &connectorKind,
                                          const QHash<QString, QString> &stored) {
    while (m_credentialForm->rowCount() > 0)
        m_credentialForm->removeRow(0);
    m_secrets.clear();
    const Connector *c = ConnectorRegistry::find(connectorKind);
    QStringList keys = c ? c->credentialKeys() : QStringList();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!keys.contains(it.key()))
            keys << it.key(); // stored but not listed by the connector: still editable
    }
    for (const QString &key : keys) {
        auto *field = new SecretField(key);
        field->setStoredMask(stored.contains(key) ? maskSecret(stored.value(key)) : QString());
        m_credentialForm->addRow(key, field);
        m_secrets << field;
    }
    if (keys.isEmpty())
        m_credentialForm->addRow(new QLabel(tr("This connector needs no credentials.")));
}

Result<DestinationConfig> DestinationsPage::readForm() const {
    using R = Result<DestinationConfig>;
    DestinationConfig d;
    const DestinationConfig *stored = m_destinations->destinationById(m_destinationId);
    if (m_destinationId != 0 && stored)
        d = *stored;
    d.id = m_destinationId;
    d.connector = m_connector->currentData().toString();
    d.name = m_name->text().trimmed();
    if (d.name.isEmpty())
        return R::failure(tr("Name: a destination needs a name."));
    const QString url = m_baseUrl->text().trimmed();
    d.baseUrl = QUrl(url);
    if (!url.isEmpty()
        && (!d.baseUrl.isValid() || d.baseUrl.host().isEmpty()
            || (d.baseUrl.scheme() != QLatin1String("http") && d.baseUrl.scheme() != QLatin1String("https"))))
        return R::failure(
            tr("Base URL: '%1' is not an http(s) URL such as https://api.example.com.").arg(url));
    for (SecretField *field : m_secrets) {
        if (!field->typedValue().isEmpty())
            d.credentials.insert(field->key(), field->typedValue());
    }
    QJsonParseError parseError;
    const QString settingsText = m_settings->toPlainText().trimmed();
    const QJsonDocument parsed = QJsonDocument::fromJson(
        settingsText.isEmpty() ? QByteArray("{}") : settingsText.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("Connector settings: not valid JSON at character %1 (%2).")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!parsed.isObject())
        return R::failure(
            tr("Connector settings: must be a JSON object such as {\"revision\": \"2026-07-15\"}."));
    QJsonObject delivery = d.settings.value(kDelivery).toObject(); // keeps keys the form does not show
    d.settings = parsed.object();
    QList<int> statuses;
    for (const QString &part : m_retryStatuses->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int status = part.trimmed().toInt(&ok);
        if (!ok || status < 100 || status > 599)
            return R::failure(
                tr("Retry statuses: '%1' is not an HTTP status (100-599).").arg(part.trimmed()));
        statuses << status;
    }
    if (m_maxBackoff->value() < m_initialBackoff->value())
        return R::failure(tr("Back-off: the longest back-off is shorter than the first."));
    const DeliveryPolicy defaults;
    QJsonArray statusArray;
    for (int s : statuses)
        statusArray.append(s);
    QJsonArray defaultStatuses;
    for (int s : defaults.retryStatuses)
        defaultStatuses.append(s);
    setOrDefault(delivery, QStringLiteral("requestsPerSecond"), m_rate->value(), defaults.requestsPerSecond);
    setOrDefault(delivery, QStringLiteral("burst"), m_burst->value(), defaults.burst);
    setOrDefault(delivery, QStringLiteral("initialBackoffMs"), qRound64(m_initialBackoff->value() * 1000),
                 double(defaults.initialBackoffMs));
    setOrDefault(delivery, QStringLiteral("maxBackoffMs"), qRound64(m_maxBackoff->value() * 1000),
                 double(defaults.maxBackoffMs));
    setOrDefault(delivery, QStringLiteral("maxRetryWindowMs"), qint64(m_retryWindow->value()) * 60000,
                 double(defaults.maxRetryWindowMs));
    setOrDefault(delivery, QStringLiteral("retryStatuses"), statusArray, defaultStatuses);
    setOrDefault(delivery, QStringLiteral("retryServerErrors"), m_retryServerErrors->isChecked(),
                 defaults.retryServerErrors);
    setOrDefault(delivery, QStringLiteral("timeoutMs"), qRound64(m_timeout->value() * 1000),
                 double(defaults.timeoutMs));
    setOrDefault(delivery, QStringLiteral("ordering"), m_ordering->isChecked(), defaults.ordering);
    if (!delivery.isEmpty())
        d.settings.insert(kDelivery, delivery);
    return d;
}

bool DestinationsPage::save() {
    const Result<DestinationConfig> form = readForm();
    if (!form) {
        showStatus(tr("Not saved. %1").arg(form.error()), true);
        return false;
    }
    DestinationStore store(m_context->workspace);
    qint64 id = form.value().id;
    if (id == 0) {
        const Result<qint64> added = store.add(form.value());
        if (!added) {
            showStatus(tr("Not added: %1").arg(added.error()), true);
            return false;
        }
        id = added.value();
        showStatus(tr("Destination '%1' added; its credentials are stored encrypted.").arg(form.value().name),
                   false);
    } else {
        const Status updated = store.update(form.value());
        if (!updated) {
            showStatus(tr("Not saved: %1").arg(updated.error), true);
            return false;
        }
        showStatus(tr("Destination '%1' saved.").arg(form.value().name), false);
    }
    for (SecretField *field : std::as_const(m_secrets))
        field->clearTyped();
    m_destinationId = id;
    m_pendingId = id;
    m_destinations->refresh();
    return true;
}

void DestinationsPage::testConnection() {
    Result<DestinationConfig> form = readForm();
    if (!form) {
        showStatus(form.error(), true);
        return;
    }
    const Result<DestinationConfig> normalized = DestinationStore::normalized(form.value());
    if (!normalized) {
        showStatus(normalized.error(), true);
        return;
    }
    m_test->setEnabled(false);
    m_connection->setStyleSheet(QString());
    m_connection->setText(tr("Connecting to %1…").arg(normalized.value().baseUrl.toString()));
    m_request->testConnection(normalized.value());
}

void DestinationsPage::showConnection(const DestinationResponse &response) {
    m_test->setEnabled(true);
    if (response.reached && response.credentialsChecked) {
        m_connection->setText(tr("%1 answered HTTP %2 in %3 ms: %4.")
                                  .arg(response.url)
                                  .arg(response.status)
                                  .arg(response.elapsedMs)
                                  .arg(response.verdict));
        m_connection->setStyleSheet(response.accepted
                                        ? LiveColors::textStyle(LiveColors::Tone::Good, palette())
                                        : LiveColors::textStyle(LiveColors::Tone::Bad, palette()));
    } else if (response.reached) {
        m_connection->setText(
            tr("Connected: %1 answered HTTP %2 %3 in %4 ms. This API has no credential check; "
               "credentials are checked when an event is sent (Mappings → Send test event).")
                .arg(response.url)
                .arg(response.status)
                .arg(response.reasonPhrase)
                .arg(response.elapsedMs));
        m_connection->setStyleSheet(LiveColors::textStyle(LiveColors::Tone::Good, palette()));
    } else {
        m_connection->setText(
            tr("Connection failed: %1%2")
                .arg(response.error, response.url.isEmpty() ? QString() : tr(" (%1)").arg(response.url)));
        m_connection->setStyleSheet(LiveColors::textStyle(LiveColors::Tone::Bad, palette()));
    }
    emit connectionTested(response.reached && (!response.credentialsChecked || response.accepted));
}

void DestinationsPage::chooseRecipe() {
    QStringList titles;
    for (const Recipe &r : RecipeBook::builtin())
        titles << tr("%1 — %2").arg(r.title, r.description);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Install recipe"), tr("Recipe:"), titles, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(titles.indexOf(chosen));
    if (index >= 0)
        installRecipe(RecipeBook::builtin().at(index).name);
}

bool DestinationsPage::installRecipe(const QString &recipeName) {
    const Recipe *recipe = RecipeBook::find(recipeName);
    if (!recipe) {
        showStatus(tr("No recipe named '%1'.").arg(recipeName), true);
        return false;
    }
    RecipeInstaller::Options options;
    if (m_destinationId == 0 && m_connector->currentData().toString() == recipe->connector) {
        options.destinationName = m_name->text().trimmed();
        options.baseUrl = QUrl(m_baseUrl->text().trimmed());
        for (SecretField *field : std::as_const(m_secrets)) {
            if (!field->typedValue().isEmpty())
                options.credentials.insert(field->key(), field->typedValue());
        }
    }
    const Result<RecipeInstaller::Installed> installed =
        RecipeInstaller::install(m_context->workspace, *recipe, options);
    if (!installed) {
        showStatus(tr("Recipe not installed: %1").arg(installed.error()), true);
        return false;
    }
    QString text = tr("Installed '%1': a destination and %n mapping(s).", nullptr,
                      int(installed.value().mappingIds.size()))
                       .arg(recipe->title);
    if (!installed.value().missingCredentials.isEmpty())
        text +=
            u' '
            + tr("Still needed: %1.").arg(installed.value().missingCredentials.join(QStringLiteral(", ")));
    for (SecretField *field : std::as_const(m_secrets))
        field->clearTyped();
    showStatus(text, false);
    m_destinationId = installed.value().destinationId;
    m_pendingId = m_destinationId;
    m_destinations->refresh();
    return true;
}

void DestinationsPage::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? LiveColors::textStyle(LiveColors::Tone::Bad, palette()) : QString());
}

QString DestinationsPage::statusText() const {
    return m_status->text();
}

QString DestinationsPage::connectionText() const {
    return m_connection->text();
}

} // namespace sb
