#include "mappingspage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "catalog/catalog.h"
#include "connectors/connectorregistry.h"
#include "destinationlistmodel.h"
#include "live/livecolors.h"
#include "mapping/mappingstore.h"
#include "mapping/previewmatrix.h"
#include "mappingeditor.h"
#include "mappinglistmodel.h"
#include "mappingversionsmodel.h"
#include "previewmatrixmodel.h"
#include "previewpanel.h"
#include "shell/consolecontext.h"

namespace sb {

namespace {

QLabel *sectionTitle() {
    auto *label = new QLabel;
    label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return label;
}

} // namespace

MappingsPage::MappingsPage(ConsoleContext *context, QWidget *parent)
    : ConsolePage(parent)
    , m_context(context)
    , m_destinations(new DestinationListModel(context->workspace, this))
    , m_mappings(new MappingListModel(context->workspace, this))
    , m_versions(new MappingVersionsModel(context->workspace, this))
    , m_matrix(new PreviewMatrixModel(context->workspace, this)) {
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_destinationLabel = new QLabel;
    m_destination = new QComboBox;
    m_destination->setObjectName(QStringLiteral("mappingsDestination"));
    m_destination->setModel(m_destinations);
    m_destination->setMinimumContentsLength(28);
    m_destinationLabel->setBuddy(m_destination);
    m_editDestination = new QPushButton;
    top->addWidget(m_destinationLabel);
    top->addWidget(m_destination);
    top->addWidget(m_editDestination);
    top->addStretch(1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(buildMappingList());
    splitter->addWidget(buildEditorColumn());
    m_tabs = new QTabWidget;
    m_preview = new PreviewPanel(context->workspace);
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(buildMatrixTab(), QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 560, 520});
    layout->addWidget(splitter, 1);

    connect(m_destinations, &DestinationListModel::refreshed, this, &MappingsPage::onDestinationsRefreshed);
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this](int row) {
        const DestinationConfig *chosen = m_destinations->destination(row);
        if (chosen && chosen->id != m_destinationId && !confirmDiscard()) {
            const QSignalBlocker blocker(m_destination);
            m_destination->setCurrentIndex(m_destinations->rowOf(m_destinationId));
            return;
        }
        onDestinationChosen(row);
    });
    connect(m_mappings, &MappingListModel::refreshed, this, &MappingsPage::onMappingsRefreshed);
    connect(m_editDestination, &QPushButton::clicked, this, [this] {
        if (m_destinationId > 0 && m_context->navigator)
            emit m_context->navigator->destinationRequested(m_destinationId);
    });
    connect(m_editor, &MappingEditor::edited, this, &MappingsPage::onEdited);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &MappingsPage::updateTitle);
    connect(m_preview, &PreviewPanel::eventTypeChanged, m_editor, &MappingEditor::setCompletionEvent);
    // The matrix renders every combination: computed when first looked at, then on request.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_matrix->rowCount() == 0 && !m_matrix->isComputing())
            m_computeMatrix->click();
    });
    if (m_context->navigator) {
        connect(m_context->navigator, &ConsoleNavigator::mappingRequested, this, &MappingsPage::showMapping);
    }

    retranslateUi();
    m_editor->setEnabled(false);
    m_destinations->refresh();
}

MappingsPage::~MappingsPage() {
    // The undo stack announces "clean" while it is destroyed, after this page's widgets are gone.
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
}

QWidget *MappingsPage::buildMappingList() {
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_mappingsTitle = sectionTitle();
    v->addWidget(m_mappingsTitle);
    m_mappingList = new QListView;
    m_mappingList->setObjectName(QStringLiteral("mappingList"));
    m_mappingList->setModel(m_mappings);
    m_mappingList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mappingList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_mappingList, 2);
    m_newMapping = new QPushButton;
    v->addWidget(m_newMapping);

    m_versionsTitle = sectionTitle();
    v->addWidget(m_versionsTitle);
    m_versionList = new QTableView;
    m_versionList->setObjectName(QStringLiteral("mappingVersions"));
    m_versionList->setModel(m_versions);
    m_versionList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionList->verticalHeader()->setVisible(false);
    m_versionList->horizontalHeader()->setStretchLastSection(true);
    m_versionList->horizontalHeader()->setSectionResizeMode(MappingVersionsModel::VersionColumn,
                                                            QHeaderView::ResizeToContents);
    m_versionList->setWordWrap(false);
    v->addWidget(m_versionList, 1);
    m_restore = new QPushButton;
    m_restore->setEnabled(false);
    v->addWidget(m_restore);

    connect(m_mappingList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (!current.isValid())
                    return;
                const MappingStore::Entry *entry = m_mappings->entry(current.row());
                if (entry && entry->id != m_mappingId && !confirmDiscard()) {
                    const QSignalBlocker blocker(m_mappingList->selectionModel());
                    m_mappingList->setCurrentIndex(previous);
                    return;
                }
                openMappingRow(current.row());
            });
    connect(m_newMapping, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            newMapping();
    });
    connect(m_versionList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_restore->setEnabled(current.isValid() && current.row() > 0);
            });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_versionList->currentIndex();
        if (current.isValid() && confirmDiscard())
            restoreVersion(m_versions->versionAt(current.row()));
    });
    return box;
}

QWidget *MappingsPage::buildEditorColumn() {
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_editorTitle = sectionTitle();
    bar->addWidget(m_editorTitle, 1);
    m_undo = new QPushButton;
    m_redo = new QPushButton;
    bar->addWidget(m_undo);
    bar->addWidget(m_redo);
    v->addLayout(bar);

    m_editor = new MappingEditor;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    v->addWidget(scroll, 1);

    auto *saveBar = new QHBoxLayout;
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("mappingVersionNote"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveMapping"));
    m_save->setDefault(true);
    saveBar->addWidget(m_note, 1);
    saveBar->addWidget(m_save);
    v->addLayout(saveBar);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);

    QUndoStack *stack = m_editor->undoStack();
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QPushButton::setEnabled);
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_save, &QPushButton::clicked, this, &MappingsPage::save);
    return box;
}

QWidget *MappingsPage::buildMatrixTab() {
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    auto *bar = new QHBoxLayout;
    m_computeMatrix = new QPushButton;
    m_matrixStatus = new QLabel;
    m_matrixStatus->setWordWrap(true);
    bar->addWidget(m_computeMatrix);
    bar->addWidget(m_matrixStatus, 1);
    v->addLayout(bar);
    m_matrixView = new QTableView;
    m_matrixView->setObjectName(QStringLiteral("previewMatrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->verticalHeader()->setVisible(false);
    m_matrixView->horizontalHeader()->setStretchLastSection(true);
    m_matrixView->setWordWrap(false);
    v->addWidget(m_matrixView, 1);

    connect(m_computeMatrix, &QPushButton::clicked, this, [this] {
        m_computeMatrix->setEnabled(false);
        m_matrixStatus->setText(tr("Rendering every event type with every mapping…"));
        m_matrix->compute();
    });
    connect(m_matrix, &PreviewMatrixModel::computed, this, [this] {
        m_computeMatrix->setEnabled(true);
        int findings = 0;
        for (int row = 0; row < m_matrix->rowCount(); ++row) {
            if (m_matrix->index(row, 0).data(PreviewMatrixModel::StatusRole).toString()
                == QLatin1String("findings"))
                ++findings;
        }
        m_matrixStatus->setText(tr("%n combination(s)", nullptr, m_matrix->rowCount()) + QStringLiteral(", ")
                                + tr("%n with findings", nullptr, findings));
        m_matrixView->resizeColumnsToContents();
    });
    // Opens the mapping of a row in the editor, with its event type in the preview.
    connect(m_matrixView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const PreviewMatrix::Row *row = m_matrix->row(index.row());
        if (!row || row->mappingId == 0)
            return;
        showMapping(row->destinationId, row->mappingId);
        m_preview->useSample();
        m_preview->setEventType(row->eventType);
        m_tabs->setCurrentWidget(m_preview);
    });
    return box;
}

void MappingsPage::retranslateUi() {
    m_destinationLabel->setText(tr("&Destination"));
    m_destination->setAccessibleName(tr("Destination"));
    m_editDestination->setText(tr("Edit destination…"));
    m_mappingsTitle->setText(tr("Mappings"));
    m_mappingList->setAccessibleName(tr("Mappings of the destination"));
    m_newMapping->setText(tr("New mapping"));
    m_versionsTitle->setText(tr("Versions"));
    m_versionList->setAccessibleName(tr("Saved versions"));
    m_restore->setText(tr("Restore version"));
    m_restore->setToolTip(tr("Saves the selected version again as the newest."));
    m_undo->setText(tr("Undo"));
    m_undo->setAccessibleName(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_redo->setAccessibleName(tr("Redo"));
    m_note->setPlaceholderText(tr("What changed (kept with the version)"));
    m_note->setAccessibleName(tr("Version note"));
    m_save->setText(tr("Save version"));
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("Preview matrix"));
    m_computeMatrix->setText(tr("Compute matrix"));
    m_matrixView->setAccessibleName(tr("Preview matrix"));
    if (m_matrix->rowCount() == 0 && !m_matrix->isComputing())
        m_matrixStatus->setText(tr("Every catalog event type with every mapping, with findings."));
    m_editor->retranslateUi();
    m_preview->retranslateUi();
    updateTitle();
}

void MappingsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ConsolePage::changeEvent(event);
}

void MappingsPage::showEvent(QShowEvent *event) {
    ConsolePage::showEvent(event);
    if (isLoaded())
        m_destinations->refresh(); // destinations may have been added on their page
}

void MappingsPage::onDestinationsRefreshed() {
    int row = m_destinations->rowOf(m_pendingDestinationId);
    if (row >= 0)
        m_pendingDestinationId = 0; // kept until a refresh brings it (it may just have been added)
    else
        row = m_destinations->rowOf(m_destinationId);
    if (row < 0 && m_destinations->rowCount() > 0)
        row = 0;
    if (m_destination->currentIndex() != row)
        m_destination->setCurrentIndex(row); // onDestinationChosen follows
    else
        onDestinationChosen(row);
    if (m_destinations->rowCount() == 0) {
        showStatus(tr("No destinations yet: add one on the Destinations page."), false);
        markLoaded();
    }
}

void MappingsPage::onDestinationChosen(int row) {
    const DestinationConfig *destination = m_destinations->destination(row);
    const qint64 id = destination ? destination->id : 0;
    m_preview->setDestination(destination ? std::optional<DestinationConfig>(*destination) : std::nullopt);
    m_editor->setConnector(destination ? ConnectorRegistry::find(destination->connector) : nullptr);
    m_newMapping->setEnabled(destination != nullptr);
    m_editDestination->setEnabled(destination != nullptr);
    if (id == m_destinationId && id != 0) {
        m_mappings->refresh();
        return;
    }
    m_destinationId = id;
    m_mappingId = 0;
    m_editing = false;
    m_editor->setEnabled(false);
    m_preview->setMapping(std::nullopt);
    m_versions->load(0);
    m_mappings->load(id);
}

void MappingsPage::onMappingsRefreshed() {
    int row = m_mappings->rowOf(m_pendingMappingId);
    // A requested mapping waits until its destination's list is the one shown.
    if (row >= 0 || (m_pendingDestinationId == 0 && m_destinationId > 0))
        m_pendingMappingId = 0;
    if (row < 0)
        row = m_mappings->rowOf(m_mappingId);
    if (row < 0 && !(m_editing && m_mappingId == 0) && m_mappings->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QSignalBlocker blocker(m_mappingList->selectionModel());
        m_mappingList->setCurrentIndex(m_mappings->index(row));
        if (m_mappings->entry(row)->id != m_mappingId || !m_editing)
            openMappingRow(row);
    } else if (!m_editing) {
        showStatus(m_destinationId > 0
                       ? tr("This destination has no mappings yet: start one with New mapping.")
                       : QString(),
                   false);
    }
    markLoaded();
}

void MappingsPage::openMappingRow(int row) {
    const MappingStore::Entry *entry = m_mappings->entry(row);
    if (!entry)
        return;
    m_mappingId = entry->id;
    m_editing = true;
    m_editor->setEnabled(true);
    m_editor->setDefinition(entry->definition);
    m_preview->setMapping(entry->definition);
    m_versions->load(entry->id);
    m_restore->setEnabled(false);
    showStatus(tr("Version %1 of '%2'.").arg(entry->version).arg(entry->definition.name), false);
    updateTitle();
}

void MappingsPage::showMapping(qint64 destinationId, qint64 mappingId) {
    if ((destinationId != m_destinationId || mappingId != m_mappingId) && !confirmDiscard())
        return;
    m_pendingMappingId = mappingId;
    const int row = m_destinations->rowOf(destinationId);
    if (row < 0) {
        m_pendingDestinationId = destinationId; // not loaded yet, or new
        m_destinations->refresh();
        return;
    }
    if (destinationId == m_destinationId)
        m_mappings->refresh();
    else
        m_destination->setCurrentIndex(row);
}

void MappingsPage::newMapping() {
    const DestinationConfig *destination = m_destinations->destinationById(m_destinationId);
    if (!destination)
        return;
    MappingDefinition d;
    d.name = tr("New mapping");
    const QList<SourceSpec> &sources = Catalog::builtin().sources();
    d.sourceKind = sources.isEmpty() ? QString() : sources.first().kind;
    const QStringList types = PreviewMatrix::eventTypes(d.sourceKind);
    d.eventNames = types.isEmpty() ? QStringList{QStringLiteral("*")} : QStringList{types.first()};
    if (const Connector *connector = ConnectorRegistry::find(destination->connector))
        d.action = connector->actions().value(0);
    m_mappingId = 0;
    m_editing = true;
    {
        const QSignalBlocker blocker(m_mappingList->selectionModel());
        m_mappingList->clearSelection();
        m_mappingList->setCurrentIndex(QModelIndex());
    }
    m_editor->setEnabled(true);
    m_editor->setDefinition(d);
    m_preview->setMapping(d);
    m_versions->load(0);
    showStatus(tr("A new mapping: not saved yet."), false);
    updateTitle();
}

bool MappingsPage::save() {
    if (!m_editing || m_destinationId <= 0)
        return false;
    const QStringList problems = m_editor->problems();
    if (!problems.isEmpty()) {
        showStatus(tr("Not saved: %1").arg(problems.join(QStringLiteral(" "))), true);
        return false;
    }
    const QString note =
        m_note->text().trimmed().isEmpty() ? tr("saved in the console") : m_note->text().trimmed();
    const Result<MappingStore::Entry> saved =
        MappingStore(m_context->workspace).save(m_mappingId, m_destinationId, m_editor->definition(), note);
    if (!saved) {
        showStatus(tr("Not saved: %1").arg(saved.error()), true);
        return false;
    }
    m_mappingId = saved.value().id;
    m_note->clear();
    m_editor->undoStack()->setClean();
    m_versions->load(m_mappingId);
    m_mappings->refresh();
    showStatus(tr("Saved as version %1.").arg(saved.value().version), false);
    updateTitle();
    return true;
}

bool MappingsPage::restoreVersion(int version) {
    if (m_mappingId <= 0 || version <= 0)
        return false;
    const Result<MappingStore::Entry> restored =
        MappingStore(m_context->workspace).restore(m_mappingId, version);
    if (!restored) {
        showStatus(tr("Not restored: %1").arg(restored.error()), true);
        return false;
    }
    m_editor->setDefinition(restored.value().definition);
    m_preview->setMapping(restored.value().definition);
    m_versions->load(m_mappingId);
    m_mappings->refresh();
    showStatus(tr("Version %1 restored as version %2.").arg(version).arg(restored.value().version), false);
    updateTitle();
    return true;
}

void MappingsPage::onEdited() {
    m_preview->setMapping(m_editor->definition());
    updateTitle();
}

void MappingsPage::updateTitle() {
    if (!m_editing) {
        m_editorTitle->setText(tr("Mapping"));
    } else {
        const QString name = m_editor->definition().name;
        QString title = m_mappingId == 0 ? tr("New mapping '%1'").arg(name) : tr("Mapping '%1'").arg(name);
        if (!m_editor->undoStack()->isClean())
            title += tr(" (unsaved changes)");
        m_editorTitle->setText(title);
    }
    m_save->setEnabled(m_editing && (m_mappingId == 0 || !m_editor->undoStack()->isClean()));
}

bool MappingsPage::hasUnsavedChanges() const {
    return m_editing && !m_editor->undoStack()->isClean();
}

bool MappingsPage::confirmDiscard() {
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The mapping '%1' has changes that are not saved. Discard them?").arg(m_editor->definition().name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MappingsPage::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? LiveColors::textStyle(LiveColors::Tone::Bad, palette()) : QString());
}

QString MappingsPage::statusText() const {
    return m_status->text();
}

} // namespace sb
