import ParIndexCore

/// The style sheet of the HTML report: A4 print layout, system fonts with Vietnamese glyphs.
enum HTMLStyle {
    /// The CSS, placed inline in a `<style>` element.
    static let css = """
        @page { size: A4; margin: 15mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #eceff1; color: #1b1b1b; font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; line-height: 1.4; }
        main { width: 210mm; max-width: 100%; margin: 0 auto; padding: 15mm; background: #fff; }
        h1 { font-size: 17pt; margin: 0 0 1mm; color: #0d3c61; }
        h2 { font-size: 13pt; margin: 0 0 1mm; color: #0d3c61; border-bottom: 0.6mm solid #1565c0; padding-bottom: 1mm; }
        h3 { font-size: 11pt; margin: 5mm 0 1.5mm; color: #0d3c61; }
        h4 { font-size: 10pt; margin: 4mm 0 1mm; }
        p { margin: 1mm 0 2mm; }
        a { color: #0d47a1; text-decoration: none; }
        .subtitle { color: #555; margin: 0 0 3mm; }
        .muted { color: #666; }
        .small { font-size: 8pt; }
        .toc { margin: 3mm 0 0; padding-left: 5mm; }
        .toc li { margin: 0.5mm 0; }
        .page { break-before: page; page-break-before: always; padding-top: 8mm; }
        .stats { display: flex; flex-wrap: wrap; gap: 2mm; margin: 3mm 0; }
        .stat { border: 1px solid #cfd8dc; border-radius: 1.5mm; padding: 1.5mm 3mm; min-width: 26mm; }
        .stat b { display: block; font-size: 12pt; }
        .stat span { font-size: 8pt; color: #555; }
        .legend { display: flex; flex-wrap: wrap; gap: 1mm 4mm; margin: 1mm 0 3mm; font-size: 8.5pt; }
        .legend span { white-space: nowrap; }
        .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; border-radius: 0.6mm; vertical-align: -0.4mm; margin-right: 1mm; }
        .chip { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; color: #fff; font-weight: 600; white-space: nowrap; }
        figure { margin: 2mm 0 3mm; }
        figcaption { font-weight: 600; margin-bottom: 1mm; }
        svg.chart { display: block; width: 100%; max-width: 180mm; height: auto; }
        svg.chart text { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 12px; fill: #1b1b1b; }
        svg.chart text.tick { font-size: 10px; fill: #555; }
        svg.chart text.value { font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        table { width: 100%; max-width: 180mm; border-collapse: collapse; margin: 1mm 0 4mm; font-size: 8.5pt; }
        th, td { border: 1px solid #cfd8dc; padding: 0.8mm 1.4mm; vertical-align: top; text-align: left; overflow-wrap: break-word; }
        thead th { background: #e3ebf3; font-weight: 600; vertical-align: bottom; }
        th.num { white-space: normal; }
        .nowrap { white-space: nowrap; }
        section.ranking { margin-top: 7mm; }
        table.ranking td.unit { min-width: 38mm; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        .num { text-align: right; white-space: nowrap; overflow-wrap: normal; }
        .center { text-align: center; }
        .up { color: #1b5e20; }
        .down { color: #b71c1c; }
        table.heat { table-layout: fixed; font-size: 7.5pt; }
        table.heat th, table.heat td { padding: 0.6mm 0.8mm; }
        table.heat thead .small, table.heat td.small { font-size: 6.5pt; font-weight: 400; hyphens: auto; }
        table.heat td.cell { text-align: center; white-space: nowrap; overflow-wrap: normal; color: #1b1b1b; }
        table.heat td.best { font-weight: 700; outline: 0.4mm solid #1b1b1b; outline-offset: -0.4mm; }
        table.heat tbody.foot td, table.heat tbody.foot th { background: #f5f7f9; }
        table.card { table-layout: fixed; }
        table.card col.id { width: 17mm; }
        table.card col.pts { width: 15mm; }
        table.card col.st { width: 25mm; }
        table.card tr.l1 td { background: #e8eef5; font-weight: 600; }
        table.card tr.l2 td { background: #f6f8fa; font-weight: 600; }
        table.card .expl { display: block; font-size: 7.5pt; color: #555; font-weight: 400; margin-top: 0.3mm; }
        .status-notApplicable { color: #777; }
        .status-noEvidence, .status-missingData { color: #b71c1c; font-weight: 600; }
        .status-appraised { color: #0d47a1; font-weight: 600; }
        .result { display: flex; flex-wrap: wrap; gap: 2mm; margin: 2mm 0 3mm; }
        .result div { border: 1px solid #cfd8dc; border-radius: 1.5mm; padding: 1.5mm 3mm; }
        .result b { font-size: 12pt; }
        ul.plain { margin: 1mm 0 3mm; padding-left: 5mm; }
        @media print {
          body { background: #fff; }
          main { width: auto; padding: 0; }
          .page { padding-top: 0; }
          a { color: inherit; }
          .noprint { display: none; }
        }
        """
}
