#include "mappingeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include "catalog/catalog.h"
#include "conditionsmodel.h"
#include "connectors/connector.h"
#include "expressioncompletions.h"
#include "expressiondelegate.h"
#include "expressionedit.h"
#include "fieldmapmodel.h"
#include "live/livecolors.h"
#include "mapping/previewmatrix.h"
#include "mapping/template.h"

namespace sb {

// One edit of the definition, kept as before/after snapshots (definitions are small).
class MappingSnapshotCommand : public QUndoCommand {
public:
    MappingSnapshotCommand(MappingEditor *editor, MappingDefinition before, MappingDefinition after,
                           QString mergeKey)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey)) {
        setText(m_mergeKey.isEmpty() ? QObject::tr("Edit mapping") : QObject::tr("Edit %1").arg(m_mergeKey));
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override {
        const auto *next = static_cast<const MappingSnapshotCommand *>(other);
        if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_editor->applySnapshot(m_before); }
    void redo() override {
        if (m_first) { // the widgets already show it: the edit happened before the push
            m_first = false;
            return;
        }
        m_editor->applySnapshot(m_after);
    }

private:
    MappingEditor *m_editor;
    MappingDefinition m_before;
    MappingDefinition m_after;
    QString m_mergeKey;
    bool m_first = true;
};

namespace {

QTableView *makeTable(QAbstractItemModel *model, QStyledItemDelegate *delegate) {
    auto *view = new QTableView;
    view->setModel(model);
    view->setItemDelegate(delegate);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setDefaultSectionSize(150);
    view->verticalHeader()->setVisible(false);
    view->setWordWrap(false);
    view->setMinimumHeight(120);
    return view;
}

QLabel *makeProblemLabel() {
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(LiveColors::textStyle(LiveColors::Tone::Bad, label->palette()));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_fields(new FieldMapModel(this))
    , m_conditions(new ConditionsModel(this))
    , m_fieldDelegate(new ExpressionDelegate(this))
    , m_conditionDelegate(new ExpressionDelegate(this)) {
    m_fieldDelegate->setExpressionColumns({FieldMapModel::ExpressionColumn});
    m_conditionDelegate->setExpressionColumns({ConditionsModel::PathColumn});
    m_conditionDelegate->setOperatorColumn(ConditionsModel::OperatorColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildTrigger());
    layout->addWidget(buildOutput());
    m_problems = makeProblemLabel();
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    layout->addWidget(m_problems);
    layout->addStretch(1);

    fillSources();
    connect(m_fields, &FieldMapModel::edited, this, [this] { recordEdit(QString()); });
    connect(m_conditions, &ConditionsModel::edited, this, [this] { recordEdit(QString()); });
    connect(m_fieldDelegate, &ExpressionDelegate::textEditing, this,
            [this](const QModelIndex &index, const QString &text) {
                const QString target =
                    m_fields->index(index.row(), FieldMapModel::TargetColumn).data().toString();
                showLiveProblem(m_fieldLive, FieldMapModel::problemOf(target, text));
            });
    connect(m_conditionDelegate, &ExpressionDelegate::textEditing, this,
            [this](const QModelIndex &index, const QString &text) {
                Condition c = m_conditions->conditions().value(index.row());
                c.path = text;
                showLiveProblem(m_conditionLive, ConditionsModel::problemOf(index.row() + 1, c));
            });
    retranslateUi();
    updateProblems();
}

QWidget *MappingEditor::buildTrigger() {
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_triggerTitle = new QLabel;
    m_triggerTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    v->addWidget(m_triggerTitle);
    m_triggerForm = new QFormLayout;
    v->addLayout(m_triggerForm);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("mappingName"));
    m_enabled = new QCheckBox;
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_enabled);
    m_triggerForm->addRow(new QLabel, nameRow);

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("mappingSource"));
    m_triggerForm->addRow(new QLabel, m_source);
    m_eventTypes = new QListWidget;
    m_eventTypes->setObjectName(QStringLiteral("mappingEventTypes"));
    m_eventTypes->setMaximumHeight(130);
    m_triggerForm->addRow(new QLabel, m_eventTypes);
    m_match = new QComboBox;
    m_match->addItem(QString(), QStringLiteral("all"));
    m_match->addItem(QString(), QStringLiteral("any"));
    m_triggerForm->addRow(new QLabel, m_match);

    m_conditionsView = makeTable(m_conditions, m_conditionDelegate);
    m_conditionsView->setObjectName(QStringLiteral("mappingConditions"));
    m_conditionsView->setMinimumHeight(80);
    m_conditionsView->setMaximumHeight(150);
    m_conditionsView->horizontalHeader()->setSectionResizeMode(ConditionsModel::PathColumn,
                                                               QHeaderView::Stretch);
    m_conditionsView->horizontalHeader()->setSectionResizeMode(ConditionsModel::ProblemColumn,
                                                               QHeaderView::Stretch);
    m_addCondition = new QPushButton;
    m_removeCondition = new QPushButton;
    auto *conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(m_addCondition);
    conditionButtons->addWidget(m_removeCondition);
    conditionButtons->addStretch(1);
    m_conditionLive = makeProblemLabel();
    auto *conditionBox = new QVBoxLayout;
    conditionBox->addWidget(m_conditionsView);
    conditionBox->addWidget(m_conditionLive);
    conditionBox->addLayout(conditionButtons);
    m_triggerForm->addRow(new QLabel, conditionBox);

    connect(m_name, &QLineEdit::textEdited, this, [this] { recordEdit(QStringLiteral("name")); });
    connect(m_enabled, &QCheckBox::toggled, this, [this] { recordEdit(QString()); });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillEventTypes(m_source->currentData().toString(), {});
        recordEdit(QString());
        updateCompletions();
    });
    connect(m_eventTypes, &QListWidget::itemChanged, this, [this] { recordEdit(QString()); });
    connect(m_match, &QComboBox::currentIndexChanged, this, [this] { recordEdit(QString()); });
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        m_conditions->insertRows(m_conditions->rowCount(), 1);
        m_conditionsView->edit(
            m_conditions->index(m_conditions->rowCount() - 1, ConditionsModel::PathColumn));
    });
    connect(m_removeCondition, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_conditionsView->currentIndex();
        if (current.isValid())
            m_conditions->removeRows(current.row(), 1);
    });
    return box;
}

QWidget *MappingEditor::buildOutput() {
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 8, 0, 0);
    m_outputTitle = new QLabel;
    m_outputTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    v->addWidget(m_outputTitle);
    m_outputForm = new QFormLayout;
    v->addLayout(m_outputForm);

    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("mappingAction"));
    m_outputForm->addRow(new QLabel, m_action);
    m_eventName = new ExpressionEdit;
    m_eventName->setObjectName(QStringLiteral("mappingEventName"));
    m_eventNameProblem = makeProblemLabel();
    m_eventNameProblem->setObjectName(QStringLiteral("mappingEventNameProblem"));
    auto *eventNameBox = new QVBoxLayout;
    eventNameBox->addWidget(m_eventName);
    eventNameBox->addWidget(m_eventNameProblem);
    m_outputForm->addRow(new QLabel, eventNameBox);
    m_matchBy = new QComboBox;
    m_matchBy->addItem(QString(), QString());
    m_matchBy->addItem(QString(), QStringLiteral("email"));
    m_outputForm->addRow(new QLabel, m_matchBy);

    m_fieldsView = makeTable(m_fields, m_fieldDelegate);
    m_fieldsView->setObjectName(QStringLiteral("mappingFields"));
    m_fieldsView->setMinimumHeight(220);
    m_fieldsView->horizontalHeader()->setSectionResizeMode(FieldMapModel::ExpressionColumn,
                                                           QHeaderView::Stretch);
    m_fieldsView->horizontalHeader()->resizeSection(FieldMapModel::TargetColumn, 140);
    m_fieldsView->horizontalHeader()->resizeSection(FieldMapModel::ProblemColumn, 180);
    m_addField = new QPushButton;
    m_removeField = new QPushButton;
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_addField);
    fieldButtons->addWidget(m_removeField);
    fieldButtons->addStretch(1);
    m_fieldLive = makeProblemLabel();
    m_fieldLive->setObjectName(QStringLiteral("mappingFieldLiveProblem"));
    auto *fieldsBox = new QVBoxLayout;
    fieldsBox->addWidget(m_fieldsView);
    fieldsBox->addWidget(m_fieldLive);
    fieldsBox->addLayout(fieldButtons);
    m_outputForm->addRow(new QLabel, fieldsBox);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] { recordEdit(QString()); });
    connect(m_eventName, &QLineEdit::textEdited, this, [this] { recordEdit(QStringLiteral("eventName")); });
    connect(m_matchBy, &QComboBox::currentIndexChanged, this, [this] { recordEdit(QString()); });
    connect(m_addField, &QPushButton::clicked, this, [this] {
        m_fields->insertRows(m_fields->rowCount(), 1);
        m_fieldsView->edit(m_fields->index(m_fields->rowCount() - 1, FieldMapModel::TargetColumn));
    });
    connect(m_removeField, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_fieldsView->currentIndex();
        if (current.isValid())
            m_fields->removeRows(current.row(), 1);
    });
    // A committed cell replaces the live message with the Problem column.
    connect(m_fieldDelegate, &QAbstractItemDelegate::closeEditor, this, [this] { m_fieldLive->hide(); });
    connect(m_conditionDelegate, &QAbstractItemDelegate::closeEditor, this,
            [this] { m_conditionLive->hide(); });
    return box;
}

void MappingEditor::retranslateUi() {
    m_triggerTitle->setText(tr("Trigger"));
    m_outputTitle->setText(tr("Destination"));
    auto label = [](QFormLayout *form, int row, const QString &text) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (auto *l = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
            l->setText(text);
    };
    label(m_triggerForm, 0, tr("Name"));
    label(m_triggerForm, 1, tr("Source"));
    label(m_triggerForm, 2, tr("Event types"));
    label(m_triggerForm, 3, tr("Conditions must"));
    label(m_triggerForm, 4, tr("Conditions"));
    label(m_outputForm, 0, tr("Action"));
    label(m_outputForm, 1, tr("Event name"));
    label(m_outputForm, 2, tr("Match profiles by"));
    label(m_outputForm, 3, tr("Field map"));

    m_name->setAccessibleName(tr("Mapping name"));
    m_enabled->setText(tr("Enabled"));
    m_enabled->setAccessibleName(tr("Mapping enabled"));
    m_source->setAccessibleName(tr("Source"));
    m_eventTypes->setAccessibleName(tr("Event types the mapping takes"));
    m_match->setItemText(0, tr("all hold"));
    m_match->setItemText(1, tr("any holds"));
    m_match->setAccessibleName(tr("Condition match"));
    m_conditionsView->setAccessibleName(tr("Conditions"));
    m_addCondition->setText(tr("Add condition"));
    m_removeCondition->setText(tr("Remove condition"));
    m_action->setAccessibleName(tr("Destination action"));
    m_eventName->setAccessibleName(tr("Destination event name"));
    m_eventName->setPlaceholderText(tr("e.g. Placed Order or SMRT {{event.name}}"));
    m_matchBy->setItemText(0, tr("the destination's own identifiers"));
    m_matchBy->setItemText(1, tr("email (events without one are skipped)"));
    m_matchBy->setAccessibleName(tr("Match profiles by"));
    m_fieldsView->setAccessibleName(tr("Field map"));
    m_addField->setText(tr("Add field"));
    m_removeField->setText(tr("Remove field"));
    if (m_eventTypes->count() > 0
        && m_eventTypes->item(0)->data(Qt::UserRole).toString() == QLatin1String("*"))
        m_eventTypes->item(0)->setText(tr("All event types (*)"));
}

void MappingEditor::fillSources() {
    m_source->clear();
    for (const SourceSpec &source : Catalog::builtin().sources())
        m_source->addItem(source.displayName.isEmpty() ? source.kind : source.displayName, source.kind);
}

void MappingEditor::fillEventTypes(const QString &sourceKind, const QStringList &checked) {
    const QSignalBlocker blocker(m_eventTypes);
    m_eventTypes->clear();
    QStringList names = {QStringLiteral("*")};
    names << PreviewMatrix::eventTypes(sourceKind);
    for (const QString &name : checked) {
        if (!names.contains(name))
            names << name; // kept even when the catalog does not list it
    }
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name == QLatin1String("*") ? tr("All event types (*)") : name);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        m_eventTypes->addItem(item);
    }
}

void MappingEditor::fillActions(const QString &current) {
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    QStringList actions = m_connector ? m_connector->actions() : QStringList();
    if (!current.isEmpty() && !actions.contains(current))
        actions << current;
    m_action->addItems(actions);
    m_action->setCurrentText(current);
}

void MappingEditor::setConnector(const Connector *connector) {
    m_connector = connector;
    fillActions(m_current.action);
}

void MappingEditor::setCompletionEvent(const QString &eventName) {
    if (m_completionEvent == eventName)
        return;
    m_completionEvent = eventName;
    updateCompletions();
}

void MappingEditor::updateCompletions() {
    const QStringList words = ExpressionCompletions::forEvent(m_current.sourceKind, m_completionEvent);
    m_eventName->setCompletions(words);
    m_fieldDelegate->setCompletions(words);
    m_conditionDelegate->setCompletions(words);
}

void MappingEditor::setDefinition(const MappingDefinition &definition) {
    m_undo->clear();
    showDefinition(definition);
    m_undo->setClean();
    updateCompletions();
}

MappingDefinition MappingEditor::readWidgets() const {
    MappingDefinition d = m_current; // keeps what the editor does not show (description)
    d.name = m_name->text();
    d.enabled = m_enabled->isChecked();
    d.sourceKind = m_source->currentData().toString();
    d.eventNames.clear();
    for (int row = 0; row < m_eventTypes->count(); ++row) {
        if (m_eventTypes->item(row)->checkState() == Qt::Checked)
            d.eventNames << m_eventTypes->item(row)->data(Qt::UserRole).toString();
    }
    d.match = m_match->currentData().toString();
    d.conditions = m_conditions->conditions();
    d.action = m_action->currentText();
    d.eventNameTemplate = m_eventName->text();
    d.matchBy = m_matchBy->currentData().toString();
    d.fields = m_fields->fields();
    return d;
}

void MappingEditor::showDefinition(const MappingDefinition &d) {
    m_loading = true;
    m_current = d;
    {
        const QSignalBlocker b1(m_name), b2(m_enabled), b3(m_source), b4(m_match), b5(m_matchBy);
        if (m_name->text() != d.name)
            m_name->setText(d.name);
        m_enabled->setChecked(d.enabled);
        int sourceIndex = m_source->findData(d.sourceKind);
        if (sourceIndex < 0 && !d.sourceKind.isEmpty()) {
            m_source->addItem(d.sourceKind, d.sourceKind);
            sourceIndex = m_source->count() - 1;
        }
        m_source->setCurrentIndex(sourceIndex);
        m_match->setCurrentIndex(std::max(0, m_match->findData(d.match)));
        m_matchBy->setCurrentIndex(std::max(0, m_matchBy->findData(d.matchBy)));
    }
    fillEventTypes(d.sourceKind, d.eventNames);
    fillActions(d.action);
    if (m_eventName->text() != d.eventNameTemplate) {
        const QSignalBlocker b(m_eventName);
        m_eventName->setText(d.eventNameTemplate);
    }
    if (m_fields->fields().size() != d.fields.size()
        || !std::equal(d.fields.begin(), d.fields.end(), m_fields->fields().begin(),
                       [](const FieldMapping &a, const FieldMapping &b) {
                           return a.target == b.target && a.expression == b.expression;
                       }))
        m_fields->setFields(d.fields);
    m_conditions->setConditions(d.conditions);
    m_loading = false;
    updateProblems();
}

void MappingEditor::recordEdit(const QString &mergeKey) {
    if (m_loading)
        return;
    const MappingDefinition before = m_current;
    m_current = readWidgets();
    m_undo->push(new MappingSnapshotCommand(this, before, m_current, mergeKey));
    updateProblems();
    emit edited();
}

void MappingEditor::applySnapshot(const MappingDefinition &definition) {
    const bool sourceChanged = definition.sourceKind != m_current.sourceKind;
    showDefinition(definition);
    if (sourceChanged)
        updateCompletions();
    emit edited();
}

void MappingEditor::showLiveProblem(QLabel *label, const QString &problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QStringList MappingEditor::problems() const {
    QStringList out;
    if (m_current.name.trimmed().isEmpty())
        out << tr("Name: a mapping needs a name.");
    if (m_current.eventNames.isEmpty())
        out << tr("Event types: tick at least one event type, or all (*).");
    if (m_current.action.isEmpty())
        out << tr("Action: choose what the destination does with the event.");
    out << m_conditions->problems();
    if (!m_current.eventNameTemplate.isEmpty()) {
        const Result<Template> parsed = Template::parse(m_current.eventNameTemplate);
        if (!parsed)
            out << tr("Event name: %1").arg(parsed.error());
    }
    out << m_fields->problems();
    return out;
}

void MappingEditor::updateProblems() {
    QString eventNameProblem;
    if (!m_current.eventNameTemplate.isEmpty()) {
        const Result<Template> parsed = Template::parse(m_current.eventNameTemplate);
        if (!parsed)
            eventNameProblem = tr("Event name: %1").arg(parsed.error());
    }
    showLiveProblem(m_eventNameProblem, eventNameProblem);
    const QStringList all = problems();
    m_problems->setText(all.isEmpty() ? QString()
                                      : tr("Cannot be saved yet:") + QStringLiteral("\n• ")
                                            + all.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!all.isEmpty());
}

} // namespace sb
