#pragma once

#include "shell/consolepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sb {

struct ConsoleContext;
class DestinationListModel;
class MappingEditor;
class MappingListModel;
class MappingVersionsModel;
class PreviewMatrixModel;
class PreviewPanel;

// Mappings: per destination its mappings, the editor with undo and versions, and beside it the
// payload preview (the engine's renderer), test sends and the preview matrix.
class MappingsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit MappingsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~MappingsPage() override;

    // Selects a destination and one of its mappings (navigator, tests). mappingId 0: the first.
    void showMapping(qint64 destinationId, qint64 mappingId);
    // Starts a new, unsaved mapping for the selected destination.
    void newMapping();
    // Saves the edited mapping as a new version; false (and a message) when it has problems.
    bool save();
    // Restores a saved version of the selected mapping as its newest.
    bool restoreVersion(int version);

    qint64 currentDestinationId() const { return m_destinationId; }
    qint64 currentMappingId() const { return m_mappingId; }
    MappingEditor *editor() const { return m_editor; }
    PreviewPanel *previewPanel() const { return m_preview; }
    DestinationListModel *destinationModel() const { return m_destinations; }
    MappingListModel *mappingModel() const { return m_mappings; }
    MappingVersionsModel *versionsModel() const { return m_versions; }
    PreviewMatrixModel *matrixModel() const { return m_matrix; }
    QString statusText() const;
    bool hasUnsavedChanges() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildMappingList();
    QWidget *buildEditorColumn();
    QWidget *buildMatrixTab();
    void retranslateUi();
    void onDestinationsRefreshed();
    void onDestinationChosen(int row);
    void onMappingsRefreshed();
    void openMappingRow(int row);
    void onEdited();
    void updateTitle();
    void showStatus(const QString &text, bool error);
    // Asks before unsaved edits are thrown away; true when there are none or the operator agrees.
    bool confirmDiscard();

    ConsoleContext *m_context;
    DestinationListModel *m_destinations;
    MappingListModel *m_mappings;
    MappingVersionsModel *m_versions;
    PreviewMatrixModel *m_matrix;
    qint64 m_destinationId = 0;
    qint64 m_mappingId = 0;
    qint64 m_pendingDestinationId = 0;
    qint64 m_pendingMappingId = 0;
    bool m_editing = false; // a mapping (saved or new) is in the editor

    QLabel *m_destinationLabel;
    QComboBox *m_destination;
    QPushButton *m_editDestination;
    QLabel *m_mappingsTitle;
    QListView *m_mappingList;
    QPushButton *m_newMapping;
    QLabel *m_versionsTitle;
    QTableView *m_versionList;
    QPushButton *m_restore;
    QLabel *m_editorTitle;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QLineEdit *m_note;
    QPushButton *m_save;
    QLabel *m_status;
    MappingEditor *m_editor;
    QTabWidget *m_tabs;
    PreviewPanel *m_preview;
    QPushButton *m_computeMatrix;
    QLabel *m_matrixStatus;
    QTableView *m_matrixView;
};

} // namespace sb
