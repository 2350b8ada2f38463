#pragma once

#include <QList>

#include "connectors/connector.h"
#include "core/result.h"
#include "shell/consolepage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sb {

struct ConsoleContext;
class DestinationListModel;
class DestinationRequest;
struct DestinationResponse;
class SecretField;

// Destinations: the list, and a form to add or edit one of any connector: name, base URL,
// credentials (encrypted in the workspace, always masked here), connector settings, rate limit and
// retry policy (the settings the delivery engine reads), a real "test connection", and recipes.
class DestinationsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit DestinationsPage(ConsoleContext *context, QWidget *parent = nullptr);

    void showDestination(qint64 destinationId);
    // An empty form for a new destination of this connector kind.
    void newDestination(const QString &connectorKind = QString());
    // Adds or updates the destination in the form; false (and a message naming the field) on bad input.
    bool save();
    void testConnection();
    // Installs a built-in recipe (its destination and mappings); the form's base URL and typed
    // credentials are used when the recipe's connector is the form's.
    bool installRecipe(const QString &recipeName);

    qint64 currentDestinationId() const { return m_destinationId; }
    DestinationListModel *destinationModel() const { return m_destinations; }
    QList<SecretField *> secretFields() const { return m_secrets; }
    QString statusText() const;
    QString connectionText() const;

signals:
    // ok: the destination answered and, where the API can check them, accepted the credentials.
    void connectionTested(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    void retranslateUi();
    void onRefreshed();
    void openRow(int row);
    void showConfig(const DestinationConfig &destination);
    void rebuildCredentials(const QString &connectorKind, const QHash<QString, QString> &stored);
    // The form as a destination (typed credentials over the stored ones); the error names the field.
    Result<DestinationConfig> readForm() const;
    void showStatus(const QString &text, bool error);
    void showConnection(const DestinationResponse &response);
    void chooseRecipe();

    ConsoleContext *m_context;
    DestinationListModel *m_destinations;
    DestinationRequest *m_request;
    qint64 m_destinationId = 0;
    qint64 m_pendingId = 0;
    QList<SecretField *> m_secrets;

    QLabel *m_listTitle;
    QListView *m_list;
    QPushButton *m_new;
    QPushButton *m_recipe;
    QLabel *m_formTitle;
    QFormLayout *m_form;
    QComboBox *m_connector;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QWidget *m_credentialBox;
    QFormLayout *m_credentialForm;
    QPlainTextEdit *m_settings;
    QLabel *m_deliveryTitle;
    QFormLayout *m_deliveryForm;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_burst;
    QDoubleSpinBox *m_initialBackoff;
    QDoubleSpinBox *m_maxBackoff;
    QSpinBox *m_retryWindow;
    QLineEdit *m_retryStatuses;
    QCheckBox *m_retryServerErrors;
    QDoubleSpinBox *m_timeout;
    QCheckBox *m_ordering;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_openMappings;
    QLabel *m_status;
    QLabel *m_connection;
};

} // namespace sb
