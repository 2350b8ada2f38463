#include "livecharts.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "livecolors.h"

namespace sb {

LiveCharts::LiveCharts(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    bar->addWidget(m_title);
    bar->addStretch();
    m_rangeGroup = new QButtonGroup(this);
    int id = 0;
    for (QToolButton **button : {&m_tenMinutes, &m_oneHour, &m_oneDay}) {
        *button = new QToolButton;
        (*button)->setCheckable(true);
        (*button)->setAutoRaise(true);
        m_rangeGroup->addButton(*button, id++);
        bar->addWidget(*button);
    }
    m_tenMinutes->setChecked(true);
    m_tenMinutes->setObjectName(QStringLiteral("range10m"));
    m_oneHour->setObjectName(QStringLiteral("range1h"));
    m_oneDay->setObjectName(QStringLiteral("range24h"));
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int which) {
        const ChartRange range = ChartRange(which);
        if (range == m_range)
            return;
        m_range = range;
        emit rangeChanged(range);
    });
    layout->addLayout(bar);

    auto *charts = new QHBoxLayout;
    charts->setSpacing(8);
    for (Panel *p : {&m_throughput, &m_errors, &m_latency}) {
        setupPanel(*p);
        charts->addWidget(p->view, 1);
    }
    layout->addLayout(charts, 1);
    applyTheme();
    retranslateUi();
}

void LiveCharts::setupPanel(Panel &panel) {
    panel.chart = new QChart;
    panel.chart->legend()->setAlignment(Qt::AlignBottom);
    panel.chart->setMargins(QMargins(4, 4, 4, 4));
    panel.chart->setBackgroundRoundness(6);
    panel.x = new QDateTimeAxis;
    panel.x->setFormat(QStringLiteral("HH:mm"));
    panel.x->setTickCount(5);
    panel.y = new QValueAxis;
    panel.y->setLabelFormat(QStringLiteral("%.1f"));
    panel.y->setRange(0, 1);
    panel.chart->addAxis(panel.x, Qt::AlignBottom);
    panel.chart->addAxis(panel.y, Qt::AlignLeft);
    panel.view = new QChartView(panel.chart);
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setMinimumHeight(210);
}

void LiveCharts::setRange(ChartRange range) {
    if (range == m_range)
        return;
    m_range = range;
    if (QAbstractButton *button = m_rangeGroup->button(int(range)))
        button->setChecked(true);
    emit rangeChanged(range);
}

void LiveCharts::fill(Panel &panel, qint64 id, const QString &name, const QList<QPointF> &points) {
    QLineSeries *line = panel.lines.value(id);
    if (!line) {
        line = new QLineSeries;
        panel.chart->addSeries(line);
        line->attachAxis(panel.x);
        line->attachAxis(panel.y);
        panel.lines.insert(id, line);
    }
    line->setName(name);
    line->replace(points);
}

void LiveCharts::finishPanel(Panel &panel, const QSet<qint64> &ids, qint64 fromMs, qint64 toMs) {
    // Destinations that went away lose their line.
    for (auto it = panel.lines.begin(); it != panel.lines.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        panel.chart->removeSeries(it.value());
        delete it.value();
        it = panel.lines.erase(it);
    }
    double top = 0;
    for (QLineSeries *line : std::as_const(panel.lines)) {
        const QList<QPointF> points = line->points();
        for (const QPointF &p : points)
            top = qMax(top, p.y());
    }
    panel.y->setRange(0, top <= 0 ? 1.0 : top * 1.1);
    panel.y->applyNiceNumbers(); // round tick values
    panel.y->setLabelFormat(top < 4 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    panel.x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
}

void LiveCharts::setSnapshot(const LiveSnapshot &snapshot) {
    if (!snapshot.hasSeries)
        return;
    const qint64 step = qint64(snapshot.resolutionS) * 1000;
    QSet<qint64> ids;
    for (const DestinationFigures &f : snapshot.destinations) {
        ids.insert(f.id);
        const QList<ChartPoint> buckets = snapshot.series.value(f.id);
        QHash<qint64, ChartPoint> byTime;
        for (const ChartPoint &p : buckets)
            byTime.insert(p.t, p);
        // Buckets without traffic are not stored: they count as zero for throughput and errors.
        QList<QPointF> throughput, errors, latency;
        for (qint64 t = snapshot.fromMs; t <= snapshot.nowMs; t += step) {
            const auto it = byTime.constFind(t);
            const double x = double(t);
            if (it == byTime.constEnd()) {
                throughput << QPointF(x, 0);
                errors << QPointF(x, 0);
                continue;
            }
            throughput << QPointF(x, it->deliveredPerSecond);
            errors << QPointF(x, it->errors);
            if (it->p95LatencyMs >= 0)
                latency << QPointF(x, it->p95LatencyMs);
        }
        fill(m_throughput, f.id, f.name, throughput);
        fill(m_errors, f.id, f.name, errors);
        fill(m_latency, f.id, f.name, latency);
    }
    const QString format =
        snapshot.range == ChartRange::TenMinutes ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    for (Panel *p : {&m_throughput, &m_errors, &m_latency}) {
        p->x->setFormat(format);
        finishPanel(*p, ids, snapshot.fromMs, snapshot.nowMs);
    }
}

const LiveCharts::Panel &LiveCharts::panel(Kind kind) const {
    return kind == Kind::Throughput ? m_throughput : kind == Kind::Errors ? m_errors : m_latency;
}

int LiveCharts::pointCount(Kind kind, qint64 destinationId) const {
    const QLineSeries *line = panel(kind).lines.value(destinationId);
    return line ? int(line->count()) : 0;
}

double LiveCharts::lastValue(Kind kind, qint64 destinationId) const {
    const QLineSeries *line = panel(kind).lines.value(destinationId);
    return line && line->count() > 0 ? line->at(line->count() - 1).y() : 0.0;
}

void LiveCharts::applyTheme() {
    const bool dark = LiveColors::isDark(palette());
    for (Panel *p : {&m_throughput, &m_errors, &m_latency}) {
        p->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        p->chart->setBackgroundBrush(palette().color(QPalette::Base));
        p->chart->setTitleBrush(palette().color(QPalette::Text));
        p->chart->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(p->x), static_cast<QAbstractAxis *>(p->y)}) {
            axis->setLabelsColor(palette().color(QPalette::Text));
            QColor grid = palette().color(QPalette::Mid);
            grid.setAlpha(90);
            axis->setGridLineColor(grid);
        }
    }
}

void LiveCharts::retranslateUi() {
    m_title->setText(tr("Traffic"));
    m_tenMinutes->setText(tr("10 min"));
    m_oneHour->setText(tr("1 h"));
    m_oneDay->setText(tr("24 h"));
    m_tenMinutes->setAccessibleName(tr("Show the last 10 minutes"));
    m_oneHour->setAccessibleName(tr("Show the last hour"));
    m_oneDay->setAccessibleName(tr("Show the last 24 hours"));
    m_throughput.chart->setTitle(tr("Delivered per second"));
    m_errors.chart->setTitle(tr("Failed attempts"));
    m_latency.chart->setTitle(tr("p95 latency (ms)"));
    m_throughput.view->setAccessibleName(tr("Throughput chart"));
    m_errors.view->setAccessibleName(tr("Errors chart"));
    m_latency.view->setAccessibleName(tr("Latency chart"));
}

void LiveCharts::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace sb
