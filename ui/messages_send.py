"""Refusal texts of the signed report's sending (ledger.send). Merged by ui/messages.py."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "send.channel_invalid": QT_TRANSLATE_NOOP("Refusal", "发送方式“{value}”无效：请选择 不发送、电子邮件 或 传真软件的文件夹。"),
    "send.tls_invalid": QT_TRANSLATE_NOOP("Refusal", "加密方式“{value}”无效：请选择 STARTTLS、SSL/TLS 或 不加密。"),
    "send.port_invalid": QT_TRANSLATE_NOOP("Refusal", "端口 {value} 无效：请填写 1 至 65535 之间的数字（常用 587、465 或 25）。"),
    "send.address_invalid": QT_TRANSLATE_NOOP("Refusal", "邮件地址“{value}”无效：应形如 name@example.com，多个地址用逗号分隔。"),
    "send.host_required": QT_TRANSLATE_NOOP("Refusal", "请填写 SMTP 服务器（如 smtp.example.com）。"),
    "send.sender_required": QT_TRANSLATE_NOOP("Refusal", "请填写发件人地址。"),
    "send.recipients_required": QT_TRANSLATE_NOOP("Refusal", "请至少为经管二部或备件科填写一个收件人地址。"),
    "send.folder_required": QT_TRANSLATE_NOOP("Refusal", "请填写传真软件监视的文件夹。"),
    "send.no_credential_store": QT_TRANSLATE_NOOP(
        "Refusal", "本机没有可用的系统凭据库，密码无法保存；设置未保存。"),
    "send.test_failed": QT_TRANSLATE_NOOP("Refusal", "测试邮件未能通过 {host}:{port} 发出：{error}"),
    "send.not_signed": QT_TRANSLATE_NOOP("Refusal", "{date} 的日报尚未经经理签字，不能发送。"),
    "send.no_signed_pdf": QT_TRANSLATE_NOOP("Refusal", "{date} 的签字版 PDF 无法生成（账目与签字内容已不一致），未发送。"),
    "send.not_configured": QT_TRANSLATE_NOOP("Refusal", "尚未设置报表发送方式：请管理员在“设置 → 报表发送”中设置。"),
}
