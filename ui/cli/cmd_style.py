"""``main.py style show|set|guidance|print``: customers' communication styles (archive.comm_style)
on the command line, hooked into main.py with ``add_parser`` / ``run``. ``set --answers`` takes the
six answers in the order of the questions, ``a`` for the dominant / expressive side and ``b`` for
the other (``aab,bbb``: dominance answers, then expressiveness ones). Builds no widget.
"""
from __future__ import annotations

from pathlib import Path

from ui.cli.base import tr



def add_parser(sub) -> None:
    parser = sub.add_parser("style", help=tr("客户沟通风格：查看、登记、应对指引"))
    commands = parser.add_subparsers(dest="style_command", required=True)
    show = commands.add_parser("show", help=tr("客户的沟通风格、登记历史与应对指引"))
    show.add_argument("customer", type=int, help=tr("客户编号"))
    record = commands.add_parser("set", help=tr("登记客户的沟通风格"))
    record.add_argument("customer", type=int, help=tr("客户编号"))
    record.add_argument("--style", choices=["expressive", "amiable", "driver", "analytical"],
                        help=tr("expressive 表现型 / amiable 友善型 / driver 控制型 / analytical 分析型（默认：按回答建议）"))
    record.add_argument("--answers", help=tr("六个问题的回答，a 为支配/外显一方，b 为另一方，如 aab,bbb"))
    guidance = commands.add_parser("guidance", help=tr("查看或修改（经理）某种风格的应对指引"))
    guidance.add_argument("--style", choices=["expressive", "amiable", "driver", "analytical"])
    guidance.add_argument("--topic", choices=["decides", "persuades", "temper"])
    guidance.add_argument("--text", help=tr("新的指引文字"))
    printing = commands.add_parser("print", help=tr("打印四种风格的应对指引（PDF）"))
    printing.add_argument("--out", required=True)


def run(args, ctx) -> int:
    from archive import comm_style
    from common.errors import Refusal
    from ui.style_panel import describe, label, style_name

    _, actor = ctx.session()
    command = args.style_command
    if command == "print":
        pages = comm_style.render_guidance_pdf(Path(args.out), printed_at=actor.now, printed_by=actor.user.display_name)
        ctx.say(tr("已写入 {path}（{pages} 页）").format(path=args.out, pages=pages))
        return 0
    if command == "guidance":
        if args.text is not None:
            if not (args.style and args.topic):
                raise Refusal("style.guidance_target")
            comm_style.set_guidance(actor, args.style, args.topic, args.text)
            ctx.say(tr("已修改指引。"))
        for style in [args.style] if args.style else list(comm_style.STYLES):
            ctx.say(f"{style_name(style)}（{label(comm_style.STYLE_AXES[style])}）")
            for topic, text in comm_style.guidance(style).items():
                ctx.say(f"  {label(comm_style.TOPICS[topic])}：{label(text)}")
        return 0
    if command == "set":
        answers = None
        if args.answers:
            letters = args.answers.replace(",", "").strip().lower()
            codes = comm_style.QUESTION_CODES
            if len(letters) != len(codes):
                raise Refusal("style.answers_count", count=len(letters), expected=len(codes))
            answers = dict(zip(codes, letters))
        if args.style is None and answers is None:
            raise Refusal("style.style_or_answers")
        style = args.style or comm_style.suggest(answers).style
        comm_style.record_style(actor, args.customer, style, answers)
    from archive.models import Customer

    name = Customer.select(Customer.name).where(Customer.id == args.customer).scalar()
    if name is None:
        raise Refusal("style.customer_not_found", customer=args.customer)
    row = comm_style.current_style(args.customer)
    ctx.say(tr("客户 {customer}：{name}").format(customer=args.customer, name=name))
    ctx.say(describe(row))
    if row is not None:
        if row.suggested and row.suggested != row.style:
            ctx.say(tr("（问题回答建议的是 {style}）").format(style=style_name(row.suggested)))
        for topic, text in comm_style.guidance(row.style).items():
            ctx.say(f"  {label(comm_style.TOPICS[topic])}：{label(text)}")
        earlier = list(comm_style.history(args.customer))[1:]
        if earlier:
            ctx.say(tr("此前的登记："))
            for old in earlier:
                ctx.say(f"  {comm_style.recorded_at_text(old)}  {style_name(old.style)}  {old.recorded_by.display_name}")
    return 0
