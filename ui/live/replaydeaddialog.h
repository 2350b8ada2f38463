#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace sb {

// Asks which destination's dead letters to send again, and since when (their last attempt).
class ReplayDeadDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        qint64 destinationId = 0;
        QString name;
        qint64 deadLetters = 0;
    };
    ReplayDeadDialog(const QList<Choice> &destinations, qint64 selectedId, const QDateTime &since,
                     QWidget *parent = nullptr);

    qint64 destinationId() const;
    QDateTime since() const;
    void setSince(const QDateTime &since);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QComboBox *m_destination = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace sb
