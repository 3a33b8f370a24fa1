// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QWidget>

class QFrame;
class QLabel;

namespace karier {

/// "1 Masukan Data — 2 Unggah Dokumen — 3 Ringkasan": owns the numbered circles, titles and lines of
/// the record wizard's steps; the current step highlighted, finished steps ticked.
///
/// Object names for tests: stepIndicator, stepCircle_<i>, stepTitle_<i>.
class StepIndicator : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(karier::StepIndicator)

public:
    StepIndicator(const QStringList& titles, QWidget* parent);

    void setCurrent(int step);
    int current() const { return m_current; }

private:
    QList<QLabel*> m_circles;
    QList<QLabel*> m_titles;
    QList<QFrame*> m_lines;
    int m_current = 0;
};

} // namespace karier
