// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService::checkPasswordStrength: at least 10 characters, and nothing common or guessable
// (libpwquality with CrackLib's dictionary, local words, the owner's NIP and name, the old password).
#include "auth/AuthService.h"
#include "io/DemoData.h"
#include "io/DemoSeeder.h"

#include <QTest>
#include <thread>
#include <vector>

using karier::AuthService;
using Owner = AuthService::PasswordOwner;

namespace {
const QString Accepted;
const QString MinLength = QStringLiteral("Kata sandi minimal 10 karakter.");
const QString Personal = QStringLiteral("Kata sandi memuat NIP atau nama Anda.");
const QString Dictionary = QStringLiteral("Kata sandi terlalu mirip kata dalam kamus.");
const QString TooSimple = QStringLiteral(
    "Kata sandi terlalu sederhana; gunakan campuran huruf besar, huruf kecil, angka atau tanda baca.");
const QString LocalWord
    = QStringLiteral("Kata sandi memuat kata yang mudah ditebak (misalnya Surakarta, sandi atau rahasia).");
const QString SameAsOld = QStringLiteral("Kata sandi baru sama dengan kata sandi lama.");
const QString LikeOld = QStringLiteral("Kata sandi baru terlalu mirip kata sandi lama.");
const QString DigitsOnly
    = QStringLiteral("Kata sandi tidak boleh hanya angka (misalnya tanggal lahir atau NIP).");

const QString BudiNip = QStringLiteral("198609262015051001");
const QString BudiName = QStringLiteral("Budi Santoso, A.Md.Kep.");
} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("nip");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("oldPassword");
        QTest::addColumn<QString>("reason");

        const QString none;
        // Too short, whatever else is wrong with them.
        QTest::newRow("password") << QStringLiteral("password") << none << none << none << MinLength;
        QTest::newRow("aaaaaaab") << QStringLiteral("aaaaaaab") << none << none << none << MinLength;
        QTest::newRow("Surakarta") << QStringLiteral("Surakarta") << none << none << none << MinLength;
        QTest::newRow("9 characters") << QStringLiteral("Kt#9vLp2q") << none << none << none << MinLength;
        // Common or guessable.
        QTest::newRow("Surakarta1") << QStringLiteral("Surakarta1") << none << none << none << LocalWord;
        QTest::newRow("reversed local word")
            << QStringLiteral("atrakaruS-77") << none << none << none << LocalWord;
        QTest::newRow("rahasia") << QStringLiteral("Rahasia2026!") << none << none << none << LocalWord;
        QTest::newRow("kata sandi") << QStringLiteral("KataSandiKuat1") << none << none << none << LocalWord;
        QTest::newRow("1234567890") << QStringLiteral("1234567890") << none << none << none << TooSimple;
        QTest::newRow("one letter repeated")
            << QStringLiteral("aaaaaaaaab") << none << none << none << TooSimple;
        QTest::newRow("keyboard row") << QStringLiteral("Qwerty12345") << none << none << none << TooSimple;
        QTest::newRow("palindrome") << QStringLiteral("Abc1221cbA") << none << none << none << TooSimple;
        QTest::newRow("dictionary word")
            << QStringLiteral("Strawberry1") << none << none << none << Dictionary;
        QTest::newRow("dictionary word 2")
            << QStringLiteral("Chocolate99") << none << none << none << Dictionary;
        QTest::newRow("digits only") << QStringLiteral("8264019375") << none << none << none << DigitsOnly;
        // The owner's NIP (whole, or 8 digits of it such as the birth date) and name.
        QTest::newRow("the NIP itself") << BudiNip << BudiNip << BudiName << none << Personal;
        QTest::newRow("the grouped NIP given")
            << BudiNip << QStringLiteral("19860926 201505 1 001") << none << none << Personal;
        QTest::newRow("birth date from the NIP")
            << QStringLiteral("Kopi19860926!") << BudiNip << none << none << Personal;
        QTest::newRow("TMT digits of the NIP")
            << QStringLiteral("Kopi-20150510") << BudiNip << none << none << Personal;
        QTest::newRow("name") << QStringLiteral("Santoso#2026x") << BudiNip << BudiName << none << Personal;
        QTest::newRow("name, other case")
            << QStringLiteral("xSANTOSO-2026") << BudiNip << BudiName << none << Personal;
        QTest::newRow("name reversed")
            << QStringLiteral("osotnaS#2026x") << BudiNip << BudiName << none << Personal;
        QTest::newRow("given name") << QStringLiteral("Budi-Kopi-2026") << BudiNip << BudiName << none
                                    << Personal;
        // A title is not a name: "Kep" and "A.Md" are too short to count.
        QTest::newRow("title pieces")
            << QStringLiteral("Kep-Kopi-Tubruk-77") << BudiNip << BudiName << none << Accepted;
        // The old password (changePassword).
        QTest::newRow("same as old") << QStringLiteral("Kopi-Tubruk-77") << none << none
                                     << QStringLiteral("Kopi-Tubruk-77") << SameAsOld;
        QTest::newRow("old with other case") << QStringLiteral("kopi-tubruk-77") << none << none
                                             << QStringLiteral("Kopi-Tubruk-77") << LikeOld;
        QTest::newRow("old rotated") << QStringLiteral("Tubruk-77Kopi-") << none << none
                                     << QStringLiteral("Kopi-Tubruk-77") << LikeOld;
        // Good passwords.
        QTest::newRow("passphrase") << QStringLiteral("Kopi-Tubruk-77") << BudiNip << BudiName << none
                                    << Accepted;
        QTest::newRow("another") << QStringLiteral("Bengawan-Kuat-71") << none << none << none << Accepted;
        QTest::newRow("new differs from old") << QStringLiteral("Bengawan-Kuat-71") << none << none
                                              << QStringLiteral("Kopi-Tubruk-77") << Accepted;
        QTest::newRow("non-ASCII") << QStringLiteral("Gethuk-Lindri-Éndah-7") << BudiNip << BudiName << none
                                   << Accepted;
    }

    void reasons()
    {
        QFETCH(QString, password);
        QFETCH(QString, nip);
        QFETCH(QString, name);
        QFETCH(QString, oldPassword);
        QFETCH(QString, reason);
        QCOMPARE(AuthService::checkPasswordStrength(password, Owner {nip, name}, oldPassword), reason);
    }

    /// The passwords of the README and the demo data are accepted for their own accounts.
    void demoPasswordsAreAccepted()
    {
        const auto personas = karier::DemoData::personas();
        const auto accounts = karier::DemoSeeder::demoAccounts();
        QCOMPARE(accounts.size(), 3);
        for (const auto& account : accounts) {
            QString name;
            for (const auto& persona : personas) {
                if (persona.employee.nip == account.nip)
                    name = persona.employee.nama;
            }
            QVERIFY2(!name.isEmpty(), qPrintable(account.nip));
            QVERIFY2(
                AuthService::checkPasswordStrength(account.password, Owner {account.nip, name}).isEmpty(),
                qPrintable(account.password));
        }
    }

    /// CrackLib keeps its open dictionary in a static variable; checks from many threads at once must
    /// still all give the right answer.
    void checksFromManyThreads()
    {
        constexpr int Threads = 8;
        constexpr int Rounds = 20;
        std::vector<int> wrong(Threads, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([t, &wrong] {
                for (int i = 0; i < Rounds; ++i) {
                    if (AuthService::checkPasswordStrength(QStringLiteral("Strawberry1")) != Dictionary)
                        ++wrong[t];
                    if (!AuthService::checkPasswordStrength(QStringLiteral("Kopi-Tubruk-77")).isEmpty())
                        ++wrong[t];
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        for (int t = 0; t < Threads; ++t)
            QCOMPARE(wrong[t], 0);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
