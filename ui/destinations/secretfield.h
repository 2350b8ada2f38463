#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace sb {

// One credential. A stored value is never put back into the widget: the field starts empty with
// the masked value as placeholder, and "Show" reveals only what is being typed now.
class SecretField : public QWidget {
    Q_OBJECT
public:
    explicit SecretField(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // The masked stored value, or empty when none is stored.
    void setStoredMask(const QString &mask);
    // What the operator typed; empty: keep the stored value.
    QString typedValue() const;
    void clearTyped();
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *showButton() const { return m_show; }

    void retranslateUi();

private:
    void updateShowButton();

    QString m_key;
    QString m_mask;
    QLineEdit *m_edit;
    QToolButton *m_show;
};

} // namespace sb
