#include "languageswitcher.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace sb {

namespace {
const QString kSettingsKey = QStringLiteral("language");
const QStringList kTranslated = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("tr")};
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this)) {}

QList<LanguageSwitcher::Language> LanguageSwitcher::languages() {
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("tr"), QStringLiteral("Türkçe")}};
}

QString LanguageSwitcher::resolve(const QString &code) const {
    if (!code.isEmpty())
        return code;
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return kTranslated.contains(system) ? system : QStringLiteral("en");
}

bool LanguageSwitcher::apply(const QString &code) {
    const QString language = resolve(code);
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    bool loaded = true;
    if (language != QLatin1String("en")) {
        loaded = m_appTranslator->load(QStringLiteral(":/i18n/switchboard_") + language);
        if (loaded)
            QCoreApplication::installTranslator(m_appTranslator);
        // Qt's own strings (dialog buttons); missing on some systems, which is harmless.
        if (m_qtTranslator->load(QStringLiteral("qtbase_") + language,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    QLocale::setDefault(QLocale(language));
    m_current = code;
    QSettings().setValue(kSettingsKey, code);
    emit languageChanged(code);
    return loaded;
}

void LanguageSwitcher::applySaved() {
    apply(QSettings().value(kSettingsKey).toString());
}

void LanguageSwitcher::populateMenu(QMenu *menu) {
    auto *group = new QActionGroup(menu);
    for (const Language &language : languages()) {
        QAction *action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == m_current);
        action->setData(language.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { apply(code); });
        // The other names are each language's own; this one follows the language shown.
        if (language.code.isEmpty())
            connect(this, &LanguageSwitcher::languageChanged, action,
                    [action] { action->setText(tr("System language")); });
    }
}

} // namespace sb
