#include "gui/look.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QImageReader>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <utility>

namespace corral::gui {

QColor mixColors(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
        float(a.greenF() * keep + b.greenF() * amountOfB),
        float(a.blueF() * keep + b.blueF() * amountOfB),
        float(a.alphaF() * keep + b.alphaF() * amountOfB));
}

QColor secondaryTextColor(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
}

QColor separatorColor(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.16);
}

QColor emphasisTextColor(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Highlight), palette.color(QPalette::WindowText), 0.25);
}

QColor tintColor(const QPalette &palette)
{
    return mixColors(palette.color(QPalette::Window), palette.color(QPalette::Highlight), 0.12);
}

int smallIconSize(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
}

int largeIconSize(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_LargeIconSize, nullptr, widget);
}

void ensureIconTheme()
{
    if (QIcon::hasThemeIcon(QStringLiteral("folder")))
        return;
    for (const char *name : { "breeze", "Adwaita", "oxygen", "Tango" }) {
        const QString theme = QString::fromLatin1(name);
        for (const QString &path : QIcon::themeSearchPaths()) {
            if (QFileInfo::exists(
                    path + QLatin1Char('/') + theme + QLatin1String("/index.theme"))) {
                QIcon::setThemeName(theme);
                return;
            }
        }
    }
}

QIcon themeIcon(std::initializer_list<const char *> names, QStyle::StandardPixmap fallback,
    const QWidget *widget)
{
    for (const char *name : names) {
        const QString themeName = QString::fromLatin1(name);
        if (QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName);
    }
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->standardIcon(fallback, nullptr, widget);
}

QIcon snapIcon(const QString &iconPath)
{
    // Snaps' icons are files the helper named; whether Qt can read one (an SVG needs the
    // plugin) is asked once per path.
    static QHash<QString, QIcon> cache;
    if (!iconPath.isEmpty()) {
        auto it = cache.constFind(iconPath);
        if (it == cache.constEnd()) {
            QImageReader reader(iconPath);
            it = cache.insert(iconPath, reader.canRead() ? QIcon(iconPath) : QIcon());
        }
        if (!it->isNull())
            return *it;
    }
    return themeIcon(
        { "application-x-executable", "applications-other", "system-run" }, QStyle::SP_DesktopIcon);
}

QIcon interfaceIcon(const QString &interface, const QString &category)
{
    // The icon theme's names for what each interface gives access to; what is not listed
    // takes its category's icon.
    struct Names
    {
        const char *key;
        std::initializer_list<const char *> names;
    };
    static const Names byInterface[] = {
        { "audio-playback", { "audio-speakers", "audio-headphones", "audio-x-generic" } },
        { "audio-record", { "audio-input-microphone", "audio-headset", "audio-x-generic" } },
        { "bluez", { "bluetooth", "preferences-system-bluetooth" } },
        { "browser-support", { "web-browser", "internet-web-browser" } },
        { "camera", { "camera-web", "camera-photo", "camera" } },
        { "content", { "folder-publicshare", "emblem-shared", "folder" } },
        { "cups-control", { "printer" } },
        { "gpg-keys", { "dialog-password", "application-certificate" } },
        { "hardware-observe", { "computer" } },
        { "home", { "user-home", "folder-home" } },
        { "joystick", { "input-gaming" } },
        { "kerberos-tickets", { "dialog-password", "application-certificate" } },
        { "location-observe", { "find-location", "mark-location" } },
        { "mount-observe", { "drive-harddisk" } },
        { "mpris", { "multimedia-player", "audio-x-generic" } },
        { "network", { "network-workgroup", "network-wired" } },
        { "network-bind", { "network-workgroup", "network-server", "network-wired" } },
        { "optical-drive", { "media-optical", "drive-optical" } },
        { "password-manager-service", { "dialog-password", "application-certificate" } },
        { "personal-files", { "folder-pictures", "folder-documents", "folder" } },
        { "pulseaudio", { "audio-card", "audio-headphones", "audio-x-generic" } },
        { "raw-usb", { "media-flash", "drive-removable-media" } },
        { "removable-media", { "drive-removable-media", "media-flash" } },
        { "serial-port", { "media-flash", "drive-removable-media" } },
        { "ssh-keys", { "dialog-password", "application-certificate" } },
        { "u2f-devices", { "media-flash", "media-removable" } },
        { "upower-observe", { "battery", "ac-adapter" } },
        { "wayland", { "video-display" } },
        { "x11", { "video-display" } },
    };
    static const Names byCategory[] = {
        { "desktop", { "video-display", "preferences-desktop" } },
        { "devices", { "computer", "drive-harddisk" } },
        { "files", { "folder" } },
        { "multimedia", { "applications-multimedia", "audio-x-generic", "video-x-generic" } },
        { "network", { "network-workgroup", "network-wired" } },
        { "security", { "dialog-password", "application-certificate" } },
        { "system", { "preferences-system", "computer" } },
    };
    static QHash<QString, QIcon> cache;
    const QString key = interface + QLatin1Char('/') + category;
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const Names &entry : byInterface) {
        if (interface == QLatin1String(entry.key)) {
            icon = themeIcon(entry.names, QStyle::SP_FileDialogInfoView);
            break;
        }
    }
    if (icon.isNull() || !QIcon::hasThemeIcon(icon.name())) {
        for (const Names &entry : byCategory) {
            if (category == QLatin1String(entry.key)) {
                icon = themeIcon(entry.names, QStyle::SP_FileDialogInfoView);
                break;
            }
        }
    }
    if (icon.isNull())
        icon = themeIcon({ "preferences-system" }, QStyle::SP_FileDialogInfoView);
    cache.insert(key, icon);
    return icon;
}

QFont scaledFont(const QFont &font, qreal factor, bool bold)
{
    QFont scaled = font;
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else
        scaled.setPixelSize(qRound(font.pixelSize() * factor));
    if (bold)
        scaled.setWeight(QFont::DemiBold);
    return scaled;
}

SecondaryLabel::SecondaryLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
}

SecondaryLabel::SecondaryLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
}

void SecondaryLabel::setEmphasized(bool emphasized)
{
    if (m_emphasized == emphasized)
        return;
    m_emphasized = emphasized;
    update();
}

void SecondaryLabel::paintEvent(QPaintEvent *)
{
    // As QLabel paints plain text, with the toned-down (or emphasized) colour.
    QPainter painter(this);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText,
        m_emphasized ? emphasisTextColor(this->palette()) : secondaryTextColor(this->palette()));
    const int m = margin();
    const QRect rect = contentsRect().adjusted(m, m, -m, -m);
    int flags = int(QStyle::visualAlignment(layoutDirection(), alignment()));
    if (wordWrap())
        flags |= Qt::TextWordWrap;
    style()->drawItemText(
        &painter, rect, flags, palette, isEnabled(), text(), QPalette::WindowText);
}

Card::Card(QWidget *parent)
    : QFrame(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void Card::addRow(QWidget *row)
{
    m_rows << row;
    static_cast<QVBoxLayout *>(layout())->addWidget(row);
    // Shown now, not when the layout gets round to it, so the row is there at once.
    row->show();
}

void Card::clear()
{
    for (QWidget *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
}

QWidget *Card::takeLastRow()
{
    if (m_rows.isEmpty())
        return nullptr;
    QWidget *row = m_rows.takeLast();
    layout()->removeWidget(row);
    row->hide();
    return row;
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = this->palette();
    const qreal radius = qMax(4, fontMetrics().height() / 3);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.fillPath(outline, palette.color(QPalette::Base));
    painter.setPen(QPen(separatorColor(palette), 1));
    painter.drawPath(outline);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i + 1 < m_rows.size(); ++i) {
        const QWidget *row = m_rows.at(i);
        if (!row->isVisible())
            continue;
        const int y = row->geometry().bottom() + 1;
        painter.drawLine(QPoint(int(radius), y), QPoint(width() - 1 - int(radius), y));
    }
}

SearchField::SearchField(QAbstractItemView *list, const QString &placeholder, QWidget *parent)
    : QLineEdit(parent)
    , m_list(list)
{
    setPlaceholderText(placeholder);
    setAccessibleName(placeholder);
    setClearButtonEnabled(true);
    if (auto *clear = findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));
    QAction *search = addAction(
        themeIcon({ "edit-find", "system-search" }, QStyle::SP_FileDialogContentsView, this),
        QLineEdit::LeadingPosition);
    search->setText(tr("Search"));
    connect(search, &QAction::triggered, this, [this] { setFocus(Qt::OtherFocusReason); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (!m_list->currentIndex().isValid() && m_list->model()->rowCount() > 0)
            m_list->setCurrentIndex(m_list->model()->index(0, 0));
        m_list->setFocus(Qt::OtherFocusReason);
    });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (m_list->model() && m_list->model()->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_list->model()->index(0, 0));
            else
                QCoreApplication::sendEvent(m_list, event);
        }
        event->accept();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

QSize chipSize(const QFont &font, const QString &text)
{
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 2;
    return QSize(metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + 2);
}

void paintChip(
    QPainter *painter, const QRect &rect, const Chip &chip, const QPalette &palette, bool selected)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor highlightedText = palette.color(QPalette::HighlightedText);
    QColor text = selected ? highlightedText : palette.color(QPalette::Text);
    switch (chip.kind) {
    case Chip::Accent:
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? highlightedText : highlight);
        text = selected ? highlight : highlightedText;
        break;
    case Chip::Attention:
        painter->setPen(Qt::NoPen);
        painter->setBrush(mixColors(selected ? highlight : palette.color(QPalette::Base),
            selected ? highlightedText : palette.color(QPalette::Text), 0.14));
        break;
    case Chip::Neutral:
        painter->setPen(QPen(selected
                ? mixColors(highlight, highlightedText, 0.6)
                : mixColors(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.35),
            1));
        painter->setBrush(Qt::NoBrush);
        text = selected
            ? highlightedText
            : mixColors(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.3);
        break;
    }
    painter->drawRoundedRect(box, radius, radius);
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignCenter, chip.text);
    painter->restore();
}

QHBoxLayout *rowLayout(QWidget *row, QLabel *icon)
{
    const int unit = row->fontMetrics().height();
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(unit * 3 / 4, unit / 2, unit * 3 / 4, unit / 2);
    layout->setSpacing(unit * 3 / 4);
    const int iconSize = largeIconSize(row);
    icon->setFixedSize(iconSize, iconSize);
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon, 0, Qt::AlignTop);
    return layout;
}

QVBoxLayout *rowTextColumn(const QWidget *row)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(row->fontMetrics().height() / 8);
    return column;
}

} // namespace corral::gui
