#pragma once

#include <QWidget>

#include "mapping/mappingdefinition.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;
class QUndoStack;

namespace sb {

class Connector;
class ConditionsModel;
class ExpressionDelegate;
class ExpressionEdit;
class FieldMapModel;

// Edits one mapping definition: trigger (source, event types, conditions), destination action and
// event name, and the field map. Every change is one undoable step (typing into one field merges
// into one step); problems are listed as they are typed, each naming its field.
class MappingEditor : public QWidget {
    Q_OBJECT
public:
    explicit MappingEditor(QWidget *parent = nullptr);

    // Loads a definition: no undo history, clean state.
    void setDefinition(const MappingDefinition &definition);
    const MappingDefinition &definition() const { return m_current; }
    // The actions the destination's connector offers.
    void setConnector(const Connector *connector);
    // Completion follows the event type being previewed.
    void setCompletionEvent(const QString &eventName);
    QUndoStack *undoStack() const { return m_undo; }
    // Every problem of the definition, one sentence each naming the field; empty when it can be saved.
    QStringList problems() const;

    void retranslateUi();

signals:
    // The definition changed: an edit, an undo or a redo (not setDefinition()).
    void edited();

private:
    friend class MappingSnapshotCommand;

    QWidget *buildTrigger();
    QWidget *buildOutput();
    void fillSources();
    void fillEventTypes(const QString &sourceKind, const QStringList &checked);
    void fillActions(const QString &current);
    // Widgets -> definition.
    MappingDefinition readWidgets() const;
    // Definition -> widgets, without emitting edit signals (load, undo, redo).
    void showDefinition(const MappingDefinition &definition);
    // Records the widgets' state as one undoable step; mergeKey groups typing in one field.
    void recordEdit(const QString &mergeKey);
    void applySnapshot(const MappingDefinition &definition);
    void updateProblems();
    void updateCompletions();
    void showLiveProblem(QLabel *label, const QString &problem);

    MappingDefinition m_current;
    const Connector *m_connector = nullptr;
    QString m_completionEvent;
    bool m_loading = false;

    QUndoStack *m_undo;
    FieldMapModel *m_fields;
    ConditionsModel *m_conditions;
    ExpressionDelegate *m_fieldDelegate;
    ExpressionDelegate *m_conditionDelegate;

    QLabel *m_triggerTitle;
    QLabel *m_outputTitle;
    QFormLayout *m_triggerForm;
    QFormLayout *m_outputForm;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_source;
    QListWidget *m_eventTypes;
    QComboBox *m_match;
    QTableView *m_conditionsView;
    QPushButton *m_addCondition;
    QPushButton *m_removeCondition;
    QLabel *m_conditionLive;
    QComboBox *m_action;
    ExpressionEdit *m_eventName;
    QLabel *m_eventNameProblem;
    QComboBox *m_matchBy;
    QTableView *m_fieldsView;
    QPushButton *m_addField;
    QPushButton *m_removeField;
    QLabel *m_fieldLive;
    QLabel *m_problems;
};

} // namespace sb
