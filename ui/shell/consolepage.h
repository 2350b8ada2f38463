#pragma once

#include <QWidget>

namespace sb {

// Base of every console page. A page loads its data off the GUI thread and calls markLoaded() once
// its first data is on screen, so screenshots and tests know when to look.
class ConsolePage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();

protected:
    void markLoaded() {
        if (m_loaded)
            return;
        m_loaded = true;
        emit loaded();
    }

private:
    bool m_loaded = false;
};

} // namespace sb
