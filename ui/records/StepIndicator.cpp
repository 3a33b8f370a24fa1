// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/StepIndicator.h"

#include "common/Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace karier {

StepIndicator::StepIndicator(const QStringList& titles, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int i = 0; i < titles.size(); ++i) {
        if (i > 0) {
            auto* line = new QFrame(this);
            line->setProperty("role", QStringLiteral("stepLine"));
            line->setFixedHeight(2);
            line->setMinimumWidth(24);
            layout->addWidget(line, 1, Qt::AlignVCenter);
            m_lines << line;
        }
        auto* circle = new QLabel(QString::number(i + 1), this);
        circle->setObjectName(QStringLiteral("stepCircle_%1").arg(i));
        circle->setProperty("role", QStringLiteral("stepCircle"));
        circle->setAlignment(Qt::AlignCenter);
        circle->setFixedSize(28, 28);
        auto* title = new QLabel(titles.at(i), this);
        title->setObjectName(QStringLiteral("stepTitle_%1").arg(i));
        title->setProperty("role", QStringLiteral("stepTitle"));
        layout->addWidget(circle);
        layout->addWidget(title);
        m_circles << circle;
        m_titles << title;
    }
    setCurrent(0);
}

void StepIndicator::setCurrent(int step)
{
    m_current = step;
    for (int i = 0; i < m_circles.size(); ++i) {
        const QString state = i < step ? QStringLiteral("done")
            : i == step                ? QStringLiteral("current")
                                       : QStringLiteral("todo");
        m_circles.at(i)->setText(i < step ? QStringLiteral("\u2713") : QString::number(i + 1));
        m_circles.at(i)->setProperty("state", state);
        m_titles.at(i)->setProperty("state", state);
        Theme::restyle(m_circles.at(i));
        Theme::restyle(m_titles.at(i));
        m_circles.at(i)->setAccessibleName(m_titles.at(i)->text()
            + (i < step         ? tr(", selesai")
                    : i == step ? tr(", langkah sekarang")
                                : QString()));
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        m_lines.at(i)->setProperty("state", i < step ? QStringLiteral("done") : QStringLiteral("todo"));
        Theme::restyle(m_lines.at(i));
    }
}

} // namespace karier
