// The rep's settings (stored in the database) and the stage list.
#pragma once

#include "pipeline.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace NineTouchUi {

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(NineTouch::Pipeline &pipeline, QWidget *parent = nullptr);

    void accept() override;

private:
    void loadStages();
    void stageAction(const QString &what);

    NineTouch::Pipeline &m_pipeline;
    QHash<QString, std::function<QString()>> m_fields; // key -> current text
    QListWidget *m_stages;
    QLabel *m_error;
};

} // namespace NineTouchUi
