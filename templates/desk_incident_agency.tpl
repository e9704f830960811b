{{%AUTOESCAPE context="HTML"}}<section id="panel-csirt" class="desk desk-incident">
<h2>Penanganan oleh Tim CSIRT</h2>
{{#report_tlp_label}}<p>Label TLP laporan: <mark class="tlp {{report_tlp_css}}">{{report_tlp_label}}</mark> <small>{{report_tlp_audience}}</small></p>{{/report_tlp_label}}
{{#classification}}<dl class="incident-classification">
<dt>Klasifikasi insiden</dt><dd>{{label}}</dd>
<dt>Prioritas</dt><dd>{{priority}} — {{response}}</dd>
</dl>{{/classification}}
{{#system}}{{#name}}<p>Sistem elektronik terdampak: <strong>{{name}}</strong>{{#url}} — {{url}}{{/url}}{{#category}} (kategori SE: {{category}}){{/category}}</p>{{/name}}{{/system}}
{{#owner}}<h3>Bukti yang dibagikan kepada pemilik sistem</h3>
<ul>
{{#evidence}}<li><a href="{{link}}">{{name}}</a> <mark class="tlp {{tlp_css}}">{{tlp_label}}</mark></li>
{{/evidence}}{{#no_evidence}}<li>Tidak ada bukti yang dibagikan.</li>{{/no_evidence}}
</ul>{{/owner}}
{{#entries}}
{{#impact}}<article class="incident-entry"><h3>Analisis dampak</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p>
<dl><dt>Aspek terdampak</dt><dd>{{#affected}}{{name}} {{/affected}}{{#no_affected}}—{{/no_affected}}</dd>
<dt>Data pribadi</dt><dd>{{personal_data}}</dd>
<dt>Gangguan layanan</dt><dd>{{disruption}}</dd>
<dt>Ringkasan</dt><dd class="prewrap">{{summary}}</dd></dl></article>
{{/impact}}
{{#recommendation}}<article class="incident-entry"><h3>Rekomendasi Tim CSIRT</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p><p class="prewrap">{{text}}</p></article>
{{/recommendation}}
{{#mitigation}}<article class="incident-entry"><h3>Mitigasi dan pencegahan</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{by}}, {{at}}</small></p>{{#mitigation_text}}<p><strong>Mitigasi:</strong> <span class="prewrap">{{mitigation_text}}</span></p>{{/mitigation_text}}{{#prevention_text}}<p><strong>Pencegahan:</strong> <span class="prewrap">{{prevention_text}}</span></p>{{/prevention_text}}</article>
{{/mitigation}}
{{#verification}}<article class="incident-entry"><h3>Verifikasi Tim CSIRT</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p><p><strong>{{result}}</strong>{{#note}} — <span class="prewrap">{{note}}</span>{{/note}}</p></article>
{{/verification}}
{{/entries}}
{{#can_mitigate}}<details open>
<summary>Catat langkah mitigasi dan pencegahan</summary>
<form method="post" action="/instansi/permohonan/{{number}}/insiden/mitigasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="insiden-mitigasi">Langkah mitigasi / penanganan yang sudah dilakukan</label>
<textarea id="insiden-mitigasi" name="mitigasi" rows="4">{{mitigation_text}}</textarea>
{{#pending_mitigasi}}{{#error_mitigasi}}<small class="error">{{text}}</small>{{/error_mitigasi}}{{/pending_mitigasi}}
<label for="insiden-pencegahan">Langkah pencegahan agar tidak berulang</label>
<textarea id="insiden-pencegahan" name="pencegahan" rows="4">{{prevention_text}}</textarea>
<label for="insiden-mitigasi-tlp">Label TLP catatan ini</label>
<select id="insiden-mitigasi-tlp" name="tlp" required>{{#entry_tlp_choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/entry_tlp_choices}}</select>
{{#pending_mitigasi}}{{#error_tlp}}<small class="error">{{text}}</small>{{/error_tlp}}{{/pending_mitigasi}}
<button type="submit">Simpan</button>
</form>
</details>{{/can_mitigate}}
</section>
