{{%AUTOESCAPE context="HTML"}}<section class="desk desk-assessment" id="penilaian">
<h2>Penilaian kerentanan</h2>
{{#hold}}<p class="notice" role="status">{{hold}}</p>{{/hold}}
{{#system}}<p>Sistem elektronik: <strong>{{name}}</strong>{{#url}} · {{url}}{{/url}}{{#category}} · Kategori SE: <strong>{{category}}</strong>{{/category}}{{#registered}} <small>(terdaftar di registri)</small>{{/registered}}{{#no_registered}} <small>(sebagaimana ditulis pada permohonan; belum ditautkan ke registri)</small>{{/no_registered}}</p>{{/system}}
<p>Perangkat Daerah pemilik: {{owner_agency}} · Label TLP laporan: {{#report_tlp}}<mark class="tlp {{css}}">{{label}}</mark>{{/report_tlp}}</p>
<p><a href="{{report_url}}" role="button" class="secondary">Unduh laporan (PDF)</a></p>
{{#can_record}}<details><summary>Sistem dan label laporan</summary>
<form method="post" action="/staf/permohonan/{{number}}/penilaian/pengaturan">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="sistem">Sistem elektronik dalam registri Perangkat Daerah pemilik</label>
<select id="sistem" name="sistem"><option value="">— belum ditautkan —</option>{{#systems}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/systems}}</select>
{{#no_systems}}<p><small>Perangkat Daerah ini belum memiliki sistem dalam registri.</small></p>{{/no_systems}}
<label for="tlp_laporan">Label TLP laporan</label>
<select id="tlp_laporan" name="tlp_laporan">{{#tlp_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/tlp_options}}</select>
<button type="submit">Simpan</button>
</form></details>
<p><a href="/staf/permohonan/{{number}}/penilaian/temuan" role="button">Tambah temuan</a></p>{{/can_record}}
<h3>Temuan</h3>
{{#no_findings}}<p>Belum ada temuan.</p>{{/no_findings}}
{{#findings}}<article class="finding finding-{{severity}}" id="temuan-{{id}}">
<header><strong>{{title}}</strong> · <mark class="severity severity-{{severity}}">{{severity_label}} {{base}}</mark> · {{#tlp}}<mark class="tlp {{css}}">{{label}}</mark>{{/tlp}} · Status: <strong class="finding-status">{{status_label}}</strong></header>
<dl>
<dt>Aset / URL terdampak</dt><dd>{{asset}}</dd>
<dt>Vektor CVSS 3.1</dt><dd><code>{{cvss31}}</code></dd>
<dt>Skor dasar</dt><dd class="score-base">{{base}} ({{severity_label}})</dd>
<dt>Skor temporal</dt><dd class="score-temporal">{{temporal}}</dd>
{{#cvss40}}<dt>Vektor CVSS 4.0</dt><dd><code>{{cvss40}}</code> · skor {{cvss40_score}}</dd>{{/cvss40}}
<dt>Deskripsi</dt><dd><span class="prewrap">{{description}}</span></dd>
{{#evidence_text}}<dt>Bukti</dt><dd><span class="prewrap">{{evidence_text}}</span></dd>{{/evidence_text}}
{{#evidence_file}}<dt>Berkas bukti</dt><dd><a href="{{url}}">{{name}}</a></dd>{{/evidence_file}}
<dt>Rekomendasi</dt><dd><span class="prewrap">{{recommendation}}</span></dd>
</dl>
{{#can_edit}}<p><a href="/staf/permohonan/{{number}}/penilaian/temuan/{{id}}">Ubah temuan</a></p>{{/can_edit}}
{{#events}}<form method="post" action="/staf/permohonan/{{number}}/penilaian/temuan/{{id}}/status">
<input type="hidden" name="_csrf" value="{{csrf}}">
<input type="hidden" name="peristiwa" value="{{event}}">
<label>Catatan<input name="catatan"></label>
<button type="submit"{{#failing}} class="secondary"{{/failing}}>{{label}}</button>
</form>{{/events}}
</article>
{{/findings}}
</section>
