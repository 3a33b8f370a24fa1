// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "net/LinkChecker.h"
#include "records/RecordType.h"
#include "records/SubmissionStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <memory>
#include <optional>

namespace karier {

/// One Tim Kerja entry (a row of `records` with record_type "timkerja").
struct TimKerjaEntry
{
    qint64 id = 0;
    qint64 employeeId = 0;
    SubmissionStatus status = SubmissionStatus::Diajukan;
    QString kodeKegiatan;
    QDate tanggalSk;
    QString keteranganSk; ///< Berlaku / Tidak Berlaku
    QString namaTimKerja;
    QString ruangLingkup; ///< Lintas Perangkat Daerah / Internal Perangkat Daerah
    QString kedudukan; ///< Ketua / Anggota
    QString urlBuktiDukung;
    LinkStatus linkStatus = LinkStatus::NotChecked;
    QDateTime linkCheckedAt;
    QString note; ///< Catatan: the verifier's note (Batal Disetujui)
    QString decidedByNip;
    QDateTime decidedAt;
    QDateTime submittedAt;
    QDateTime updatedAt;
    int version = 0;

    /// The values for the form and RecordTypes::timKerja() (keys in TimKerja::Key).
    QVariantMap values() const;
    /// "Belum Disetujui", "Disetujui", "Batal Disetujui" …
    QString statusText() const { return statusDisplayName(status, StatusWording::TimKerja); }
};

/// The sortable columns of Daftar Tim Kerja, in the manual's order.
enum class TimKerjaColumn { TanggalSk, KeteranganSk, NamaTimKerja, RuangLingkup, Kedudukan, Status, Catatan };

/// One page of Daftar Tim Kerja: search, sort and paging happen in SQL.
struct TimKerjaQuery
{
    QString search; ///< words; each must appear in some column (case-insensitive)
    TimKerjaColumn sortColumn = TimKerjaColumn::TanggalSk;
    bool ascending = false;
    int offset = 0;
    int limit = 10; ///< 1 … 100
};

struct TimKerjaListPage
{
    QList<TimKerjaEntry> entries;
    int total = 0; ///< entries matching the search
    int offset = 0; ///< of the first entry (moved back when the asked page is past the end)
};

/// Tim Kerja of the logged-in employee: save (submitted at once to the Pengelola Kepegawaian of the
/// employee's Perangkat Daerah as "Belum Disetujui"), delete, read one, and a paged list.
/// Every function asks AccessPolicy; every write is one transaction with an audit entry.
///
/// The owner may change an entry that is Belum Disetujui or Batal Disetujui (it is then submitted again)
/// and delete any entry that is not Disetujui. Disetujui entries are read-only and cannot be deleted.
class TimKerjaService
{
    Q_DECLARE_TR_FUNCTIONS(karier::TimKerjaService)

public:
    using Clock = std::function<QDateTime()>;

    struct SaveRequest
    {
        qint64 id = 0; ///< 0: a new entry
        int version = 0; ///< the version that was read (optimistic locking)
        QVariantMap values; ///< keys in TimKerja::Key
        /// What the LinkChecker found for the URL being saved; stored when its URL is the saved one.
        std::optional<LinkCheckResult> linkCheck;
    };

    explicit TimKerjaService(std::shared_ptr<Database> db, Clock clock = {});

    static const RecordType& type() { return RecordTypes::timKerja(); }
    static bool ownerMayEdit(SubmissionStatus status);
    static bool ownerMayDelete(SubmissionStatus status);

    /// A Kode Kegiatan that no entry uses yet.
    Result<QString> newKode(const Session& session) const;
    /// Every finding for these values, at their fields: required fields, the URL, a future decree date,
    /// and the same decree date and name already entered by this employee.
    Result<QList<RuleIssue>> check(
        const Session& session, const QVariantMap& values, qint64 excludeId = 0) const;
    /// Checks (any error refuses, nothing is written), then stores the entry as Belum Disetujui.
    Result<qint64> save(const Session& session, const SaveRequest& request);
    Status remove(const Session& session, qint64 id, int version);
    /// The owner, or a verifier of the owner's Perangkat Daerah.
    Result<TimKerjaEntry> get(const Session& session, qint64 id) const;
    Result<TimKerjaListPage> listOwn(const Session& session, const TimKerjaQuery& query) const;
    /// Stores a later check of the link (e.g. when a verifier opens the entry) if the entry still has
    /// that link. Does not change the entry's version.
    Status recordLinkCheck(const Session& session, qint64 id, const LinkCheckResult& result);

private:
    QDateTime now() const;

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
