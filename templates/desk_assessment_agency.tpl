{{%AUTOESCAPE context="HTML"}}<section class="desk desk-assessment" id="penilaian">
<h2>Hasil penilaian kerentanan</h2>
{{#hold}}<p class="notice" role="status">{{hold}}</p>{{/hold}}
{{#system}}<p>Sistem elektronik: <strong>{{name}}</strong>{{#url}} · {{url}}{{/url}}{{#category}} · Kategori SE: <strong>{{category}}</strong>{{/category}}</p>{{/system}}
{{#report_url}}<p><a href="{{report_url}}" role="button" class="secondary">Unduh laporan (PDF)</a></p>{{/report_url}}
{{#report_red}}<p>{{report_red}}</p>{{/report_red}}
{{#red_count}}<p><small>{{red_count}} temuan berlabel TLP:RED disampaikan langsung kepada penerima yang disebut namanya dan tidak ditampilkan di sini.</small></p>{{/red_count}}
{{#no_findings}}<p>Tidak ada temuan yang ditampilkan.</p>{{/no_findings}}
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
{{#can_report}}<form method="post" action="/instansi/permohonan/{{number}}/penilaian/temuan/{{id}}/perbaikan">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label>Catatan perbaikan (apa yang diubah dan kapan)<textarea name="catatan" rows="3" required></textarea></label>
<button type="submit">Laporkan sudah diperbaiki</button>
</form>{{/can_report}}
</article>
{{/findings}}
</section>
