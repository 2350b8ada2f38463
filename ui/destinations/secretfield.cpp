#include "secretfield.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace sb {

SecretField::SecretField(const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_edit(new QLineEdit)
    , m_show(new QToolButton) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setObjectName(QStringLiteral("credential_") + key);
    m_show->setCheckable(true);
    m_show->setEnabled(false);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_show);
    connect(m_show, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::updateShowButton);
    retranslateUi();
}

void SecretField::setStoredMask(const QString &mask) {
    m_mask = mask;
    retranslateUi();
}

QString SecretField::typedValue() const {
    return m_edit->text();
}

void SecretField::clearTyped() {
    m_edit->clear(); // hides again through updateShowButton
}

void SecretField::updateShowButton() {
    // Only a value being typed may be revealed; with the field empty it is hidden again.
    const bool typing = !m_edit->text().isEmpty();
    m_show->setEnabled(typing);
    if (!typing)
        m_show->setChecked(false);
}

void SecretField::retranslateUi() {
    m_edit->setPlaceholderText(m_mask.isEmpty() ? tr("not set")
                                                : tr("stored: %1 (type to replace)").arg(m_mask));
    m_edit->setAccessibleName(tr("Credential %1").arg(m_key));
    m_show->setText(m_show->isChecked() ? tr("Hide") : tr("Show"));
    m_show->setAccessibleName(tr("Show or hide the typed %1").arg(m_key));
    m_show->setToolTip(tr("Shows only the value being typed; stored values stay masked."));
}

} // namespace sb
