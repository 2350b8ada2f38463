#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sb {

class QueryRunner;
class Workspace;

// Why an event went where it went (sb::Explainer), loaded off the GUI thread and shown as text.
class ExplainDialog : public QDialog {
    Q_OBJECT
public:
    ExplainDialog(Workspace *workspace, qint64 eventId, QWidget *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    QString text() const;
    // Explainer's output as lines a person reads.
    static QString render(const QJsonObject &explanation);

signals:
    void explained();
    void openEventRequested(qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    qint64 m_eventId;
    QueryRunner *m_runner;
    QLabel *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_openEvent;
    QPushButton *m_close;
};

} // namespace sb
