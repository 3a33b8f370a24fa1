// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/QrCode.h"
#include "auth/Totp.h"

#include <QTest>

using karier::QrCode;
using karier::Totp;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void emptyInput();
    void tooLong();
    void outsideTheGrid();
    void deterministic();
};

void TestQrCode::encode_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("otpauth URI") << Totp::provisioningUri(
        QByteArrayLiteral("12345678901234567890"), QStringLiteral("198609262015051001"))
                                        .toUtf8();
    QTest::newRow("one byte") << QByteArrayLiteral("A");
    QTest::newRow("binary with NUL") << QByteArray("a\0b\xff", 4);
    QTest::newRow("1000 bytes") << QByteArray(1000, 'k');
}

void TestQrCode::encode()
{
    QFETCH(QByteArray, text);

    const auto qr = QrCode::encode(text);
    QVERIFY(qr.has_value());
    const int size = qr->size();
    // Version v has 17 + 4v modules per side: 21, 25, 29 … 177.
    QVERIFY(size >= 21 && size <= 177);
    QCOMPARE((size - 21) % 4, 0);

    // The three 7×7 finder patterns: top-left, top-right, bottom-left.
    const QPoint origins[] = {{0, 0}, {size - 7, 0}, {0, size - 7}};
    for (const QPoint& o : origins) {
        for (int i = 0; i < 7; ++i) {
            // Dark outer ring …
            QVERIFY(qr->module(o.x() + i, o.y()));
            QVERIFY(qr->module(o.x() + i, o.y() + 6));
            QVERIFY(qr->module(o.x(), o.y() + i));
            QVERIFY(qr->module(o.x() + 6, o.y() + i));
        }
        for (int i = 1; i < 6; ++i) {
            // … a light ring inside it …
            QVERIFY(!qr->module(o.x() + i, o.y() + 1));
            QVERIFY(!qr->module(o.x() + i, o.y() + 5));
            QVERIFY(!qr->module(o.x() + 1, o.y() + i));
            QVERIFY(!qr->module(o.x() + 5, o.y() + i));
        }
        // … and a dark 3×3 centre.
        for (int y = 2; y < 5; ++y)
            for (int x = 2; x < 5; ++x)
                QVERIFY(qr->module(o.x() + x, o.y() + y));
    }
    QVERIFY(qr->module(0, 0));
    QVERIFY(qr->module(6, 0));
    QVERIFY(qr->module(0, 6));
    QVERIFY(!qr->module(1, 1));
    // The separator next to the top-left finder is light, and the timing pattern alternates.
    QVERIFY(!qr->module(7, 0));
    QVERIFY(!qr->module(0, 7));
    for (int i = 8; i < size - 8; ++i) {
        QCOMPARE(qr->module(i, 6), i % 2 == 0);
        QCOMPARE(qr->module(6, i), i % 2 == 0);
    }
}

void TestQrCode::emptyInput()
{
    QVERIFY(!QrCode::encode(QByteArray()).has_value());
    QVERIFY(!QrCode::encode(QByteArrayLiteral("")).has_value());
}

void TestQrCode::tooLong()
{
    // Version 40-M holds at most 2331 bytes.
    QVERIFY(!QrCode::encode(QByteArray(4000, 'x')).has_value());
}

void TestQrCode::outsideTheGrid()
{
    const auto qr = QrCode::encode(QByteArrayLiteral("otpauth://totp/x"));
    QVERIFY(qr.has_value());
    QVERIFY(!qr->module(-1, 0));
    QVERIFY(!qr->module(0, -1));
    QVERIFY(!qr->module(qr->size(), 0));
    QVERIFY(!qr->module(0, qr->size()));
}

void TestQrCode::deterministic()
{
    const QByteArray text = QByteArrayLiteral("otpauth://totp/Karier%20ASN:x?secret=MZXW6YTBOI");
    const auto a = QrCode::encode(text);
    const auto b = QrCode::encode(text);
    QVERIFY(a && b);
    QCOMPARE(a->size(), b->size());
    for (int y = 0; y < a->size(); ++y)
        for (int x = 0; x < a->size(); ++x)
            QCOMPARE(a->module(x, y), b->module(x, y));
    // A longer text needs at least as large a code.
    const auto longer = QrCode::encode(text + QByteArray(200, 'z'));
    QVERIFY(longer.has_value());
    QVERIFY(longer->size() > a->size());
}

QTEST_APPLESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
