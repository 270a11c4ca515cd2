/// The one stylesheet, served at `/style.css` (no inline styles, so the Content-Security-Policy can forbid them).
/// System fonts only; colours pass WCAG AA contrast on white; a print stylesheet fits a sheet on paper.
enum Stylesheet {
    static let css = """
        :root { --ink: #111; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0a4f9e; --bg: #fff; --panel: #f3f5f8; }
        * { box-sizing: border-box; }
        html { font-size: 100%; -webkit-text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.45; }
        main, header.site nav, footer.site p { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        main, footer.site { overflow-wrap: anywhere; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
        header.site { background: #0b2e59; } header.site nav { display: flex; flex-wrap: wrap; gap: 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
        header.site a { color: #fff; font-weight: 600; text-decoration: none; } header.site a:hover { text-decoration: underline; }
        h1 { font-size: 1.6rem; margin: 1.25rem 0 .75rem; } h2 { font-size: 1.25rem; margin-top: 1.5rem; } h3 { font-size: 1.1rem; } h4 { margin: 1rem 0 .25rem; font-size: 1rem; }
        form.lookup { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; display: grid; gap: .75rem; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
        legend { font-weight: 600; padding: 0 .25rem; }
        label { display: block; font-weight: 600; margin-bottom: .2rem; }
        input, select, button { font: inherit; font-size: 1rem; }
        input, select { width: 100%; padding: .5rem; border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; color: var(--ink); min-height: 2.75rem; }
        input[aria-invalid="true"], select[aria-invalid="true"] { border: 2px solid #a50e0e; }
        button { justify-self: start; background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .7rem 1.5rem; font-weight: 600; cursor: pointer; min-height: 2.75rem; }
        .hint, .note, .file, .id { color: var(--muted); font-size: .9rem; margin: .2rem 0 0; }
        .error { border-left: 6px solid #a50e0e; background: #fdf0f0; padding: .5rem 1rem; margin: 1rem 0; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
        .card h3 { margin: 0; font-size: 1.2rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
        .verdict { display: inline-block; font-size: 2.5rem; font-weight: 800; letter-spacing: .02em; margin: .5rem 0; padding: .15rem .75rem; border-radius: 6px; color: #fff; }
        .verdict-required, .tag-required { background: #a50e0e; color: #fff; }
        .verdict-not-required, .tag-not-required { background: #0b6b2e; color: #fff; }
        .verdict-conditional, .tag-conditional { background: #7a4a00; color: #fff; }
        .verdict-unknown, .tag-unknown { background: #3d3d3d; color: #fff; }
        .tag { padding: 0 .35rem; border-radius: 3px; font-size: .85rem; }
        .sentence { font-size: 1.15rem; margin: .25rem 0; }
        .condition { font-size: 1.1rem; background: #fff7e0; padding: .5rem; border-radius: 4px; }
        .stale { background: #fff7e0; border-left: 6px solid #7a4a00; padding: .5rem; }
        .call, .retro { background: var(--panel); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
        .retro-status { font-size: 1.15rem; font-weight: 600; }
        ul { padding-left: 1.25rem; } li { margin: .2rem 0; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        caption { text-align: left; color: var(--muted); padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--panel); }
        footer.site { border-top: 1px solid var(--line); margin-top: 2rem; padding: .75rem 0 1.5rem; color: var(--muted); font-size: .85rem; }
        .print-only, .host { display: none; }
        td.number { white-space: nowrap; }
        dl.brief { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .3rem 1rem; margin: .5rem 0; }
        dl.brief div { display: contents; } dl.brief dt { font-weight: 600; } dl.brief dd { margin: 0; }
        ul.checklist { list-style: none; padding-left: 0; }
        ul.checklist li { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem; margin: .45rem 0; }
        ul.checklist input[type="checkbox"] { width: 1.25rem; height: 1.25rem; min-height: 0; margin: 0; flex: none; align-self: center; }
        ul.checklist label { display: inline; margin: 0; }
        .blank { flex: 1; min-width: 8rem; border-bottom: 1px solid var(--ink); height: 1.1em; }
        form.approval { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; display: grid; gap: .75rem; max-width: 24rem; }
        @media (max-width: 40rem) { .verdict { font-size: 2rem; } h1 { font-size: 1.35rem; } }
        @media print {
          @page { margin: 1cm; }
          body { font-size: 10pt; color: #000; }
          header.site, .skip, form.lookup, form.approval, .noprint, .more { display: none; }
          main, footer.site p { max-width: none; padding: 0; }
          a { color: #000; text-decoration: none; }
          .portals a[href^="http"]::after, .sources a[href^="http"]::after { content: ""; }
          .verdict { border: 3px solid #000; color: #000; background: none; font-size: 20pt; }
          .tag { border: 1px solid #000; color: #000; background: none; }
          .call, .retro, .card, thead th { background: none; }
          table { font-size: 9pt; } tr, li { break-inside: avoid; }
          h1 { font-size: 16pt; margin-top: 0; } h2 { font-size: 12pt; margin: .8rem 0 .3rem; }
          footer.site { margin-top: .75rem; }
          .checklist .verdict { font-size: 14pt; padding: 0 .4rem; margin: .1rem 0; } .checklist h1 { font-size: 14pt; }
          /* A checklist prints on one page: the boxes keep room to write in, the rest tightens. */
          .checklist { font-size: 9pt; } .checklist dl.brief { gap: .1rem 1rem; font-size: 8pt; } .checklist footer.site { font-size: 7pt; margin-top: .3rem; }
          .checklist h2 { break-after: avoid; margin: .5rem 0 .2rem; } .checklist ul.checklist li { margin: .15rem 0; }
          footer.site { break-inside: avoid; }
          /* A contact sheet prints on one US Letter page: small type, the lists in columns, the notes smaller still. */
          .sheet { font-size: 7pt; line-height: 1.1; }
          .sheet h1 { font-size: 13pt; margin: 0 0 .1rem; } .sheet h2 { font-size: 9pt; margin: .35rem 0 .1rem; break-after: avoid; }
          .sheet .lede { margin: 0 0 .2rem; } .sheet p { margin: .15rem 0; }
          .sheet ul { margin: 0; padding-left: .9rem; } .sheet li { margin: 0; }
          .sheet table { font-size: 7pt; } .sheet th, .sheet td { padding: .1rem .25rem; }
          .sheet .note { font-size: 6pt; color: #000; }
          .sheet .portals { columns: 2; column-gap: 1.2rem; } .sheet ul.vendors { columns: 3; column-gap: 1rem; }
          /* A portal prints as its name, address and uses; its notes stay on the screen version. */
          .sheet .portal-notes { display: none; }
          .sheet .more-notes { display: none; }
          .print-only { display: block; } .url { display: none; } .host { display: inline; }
          /* On paper the phone table becomes blocks in two columns: a table's rows are as tall as their longest
             cell, so long notes beside short numbers would waste most of the page. */
          .sheet table.contacts, .sheet table.contacts tbody, .sheet table.contacts tr { display: block; border: 0; }
          .sheet table.contacts thead, .sheet table.contacts td.none { display: none; }
          .sheet table.contacts tbody { columns: 2; column-gap: .6cm; }
          .sheet table.contacts tr { break-inside: avoid; padding: .05rem 0 .1rem; border-bottom: .5pt solid #999; }
          .sheet table.contacts th, .sheet table.contacts td { display: inline; border: 0; padding: 0 .5em 0 0; }
          .sheet table.contacts th .note { font-weight: normal; }
          .sheet table.contacts td.number { font-weight: 700; white-space: nowrap; }
          .sheet table.contacts td[data-label]::before { content: attr(data-label) " "; font-weight: normal; }
          .sheet table.contacts td.notes { display: block; font-size: 6pt; line-height: 1.05; padding: 0; }
          .sheet h2.sources-heading { display: none; } .sheet p.print-only { font-size: 5.5pt; margin-top: .3rem; }
          .sheet main, .sheet footer.site { page: sheet; }
          .sheet .payer-notes { font-size: 6pt; }
          .sheet footer.site { font-size: 6pt; margin-top: .2rem; padding: .1rem 0 0; }
        }
        @page { size: letter; }
        @page sheet { margin: .8cm; }

        """
}
