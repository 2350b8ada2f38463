#pragma once

#include <QHash>
#include <QWidget>

#include "delivery/livesnapshot.h"

class QButtonGroup;
class QLabel;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace sb {

// Throughput, errors and p95 latency per destination over 10 minutes, 1 hour or 24 hours, drawn
// from the metrics buckets a LiveSnapshot carries. The range buttons only choose; the page loads.
class LiveCharts : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Throughput, Errors, Latency };

    explicit LiveCharts(QWidget *parent = nullptr);

    ChartRange range() const { return m_range; }
    void setRange(ChartRange range);
    void setSnapshot(const LiveSnapshot &snapshot);
    // Points drawn for a destination in one chart (tests, accessibility).
    int pointCount(Kind kind, qint64 destinationId) const;
    double lastValue(Kind kind, qint64 destinationId) const;

signals:
    void rangeChanged(ChartRange range);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Panel {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QHash<qint64, QLineSeries *> lines;
    };
    void setupPanel(Panel &panel);
    void fill(Panel &panel, qint64 id, const QString &name, const QList<QPointF> &points);
    void finishPanel(Panel &panel, const QSet<qint64> &ids, qint64 fromMs, qint64 toMs);
    void applyTheme();
    void retranslateUi();
    const Panel &panel(Kind kind) const;

    ChartRange m_range = ChartRange::TenMinutes;
    Panel m_throughput, m_errors, m_latency;
    QButtonGroup *m_rangeGroup = nullptr;
    QToolButton *m_tenMinutes = nullptr;
    QToolButton *m_oneHour = nullptr;
    QToolButton *m_oneDay = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace sb
