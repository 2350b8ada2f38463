#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace sb {

// State colours of the live monitor, chosen for the current palette so they read on light and dark
// backgrounds alike (brighter tones on dark windows, deeper ones on light).
class LiveColors {
public:
    enum class Tone { Good, Warning, Bad, Info, Muted };

    static bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

    static QColor color(Tone tone, const QPalette &palette) {
        const bool dark = isDark(palette);
        switch (tone) {
        case Tone::Good:
            return dark ? QColor(0x4a, 0xd6, 0x7c) : QColor(0x1b, 0x7f, 0x3b);
        case Tone::Warning:
            return dark ? QColor(0xf2, 0xb1, 0x3c) : QColor(0xa8, 0x5f, 0x00);
        case Tone::Bad:
            return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
        case Tone::Info:
            return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1a, 0x5f, 0xb4);
        case Tone::Muted:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        }
        return palette.color(QPalette::WindowText);
    }

    // A label style sheet in that colour ("color: #rrggbb;").
    static QString textStyle(Tone tone, const QPalette &palette) {
        return QStringLiteral("color: %1;").arg(color(tone, palette).name());
    }

    static Tone toneOfStatus(const QString &status) {
        if (status == QLatin1String("delivered"))
            return Tone::Good;
        if (status == QLatin1String("dead"))
            return Tone::Bad;
        if (status == QLatin1String("retrying") || status == QLatin1String("blocked"))
            return Tone::Warning;
        if (status == QLatin1String("pending") || status == QLatin1String("in_flight"))
            return Tone::Info;
        return Tone::Muted; // discarded, skipped
    }

    // Secondary text (captions, hints): between the text and the window colour, readable on both.
    static QColor secondaryText(const QPalette &palette) {
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        return QColor::fromRgbF(text.redF() * 0.62f + window.redF() * 0.38f,
                                text.greenF() * 0.62f + window.greenF() * 0.38f,
                                text.blueF() * 0.62f + window.blueF() * 0.38f);
    }

    // A translucent fill of a tone for pills and card accents.
    static QColor fill(Tone tone, const QPalette &palette) {
        QColor c = color(tone, palette);
        c.setAlpha(isDark(palette) ? 60 : 36);
        return c;
    }
};

} // namespace sb
