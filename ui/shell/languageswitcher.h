#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QTranslator;

namespace sb {

// Chooses the console's language: the one saved in the settings, else the system locale. Installing
// the translators sends LanguageChange to every widget, so pages retranslate without a restart.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code; // "" follows the system locale
        QString nativeName;
    };

    explicit LanguageSwitcher(QObject *parent = nullptr);

    static QList<Language> languages();
    // Applies and remembers a language code ("" = system). Returns false when no translation for it
    // loads (English, the source language, always succeeds).
    bool apply(const QString &code);
    // Applies the saved choice (settings key "language").
    void applySaved();
    QString current() const { return m_current; }
    // Adds a checkable entry per language to the menu.
    void populateMenu(QMenu *menu);

signals:
    void languageChanged(const QString &code);

private:
    QString resolve(const QString &code) const;

    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
    QString m_current;
};

} // namespace sb
