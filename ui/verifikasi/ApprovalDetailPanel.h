// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approval/ApprovalService.h"
#include "auth/Session.h"

#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace karier {

class Database;
class LinkChecker;
class PdfPreview;

/// The side panel of the verifier console: the selected submission's data, the facts its NIP states
/// (birth date, sex, TMT) to compare with the document, for a resubmission what changed since the
/// submission that was returned (each field old → new, and whether the document changed), the rule
/// warnings as they stand now, the decision so far, and the evidence: the PDF in a PdfPreview, or for
/// Tim Kerja the URL with a fresh check that it opens without signing in (stored with
/// TimKerjaService::recordLinkCheck). Everything is loaded on worker threads; a selection that a newer
/// one overtook is dropped.
///
/// Object names for tests: detailEmpty, detailName, detailChanges, detailChangesWhen, detailFacts,
/// detailWarnings, detailDecision, detailPreview, detailLink, detailLinkStatus.
class ApprovalDetailPanel : public QWidget
{
    Q_OBJECT

public:
    ApprovalDetailPanel(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);

    /// Shows submission \a id (0: the empty state).
    void showRecord(qint64 id);
    qint64 recordId() const { return m_id; }
    /// The detail last loaded (valid after detailLoaded()).
    const ApprovalDetail& detail() const { return m_detail; }
    PdfPreview* preview() const { return m_preview; }
    /// Hands the document (its caption and the preview) to the caller, to be shown beside the panel at
    /// full height instead of below the data; the panel then keeps it visible (empty for Tim Kerja).
    QWidget* takeDocument();

Q_SIGNALS:
    void detailLoaded(qint64 id);
    void linkChecked(qint64 id);

private:
    void showDetail(const ApprovalDetail& detail);
    void clearSections();
    /// What a resubmission changed, each field "Label: old → new", and whether the document did.
    void showChanges(const Resubmission& resubmission);
    void addRow(
        QFormLayout* form, const QString& label, const QString& value, const char* role = "fieldValue");
    void checkLink(const QString& url);

    std::shared_ptr<Database> m_db;
    Session m_session;
    qint64 m_id = 0;
    int m_generation = 0;
    ApprovalDetail m_detail;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_sub = nullptr;
    QFormLayout* m_data = nullptr;
    QFormLayout* m_facts = nullptr;
    QLabel* m_mismatch = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_decision = nullptr;
    QWidget* m_changesBox = nullptr;
    QLabel* m_changesWhen = nullptr;
    QLabel* m_changes = nullptr;
    QWidget* m_linkBox = nullptr;
    QLabel* m_link = nullptr;
    QLabel* m_linkStatus = nullptr;
    QPushButton* m_recheck = nullptr;
    QWidget* m_documentBox = nullptr; ///< the document's caption and the preview
    bool m_documentTaken = false;
    PdfPreview* m_preview = nullptr;
    LinkChecker* m_checker = nullptr;
};

} // namespace karier
