{{%AUTOESCAPE context="HTML"}}<section id="panel-csirt" class="desk desk-incident">
<h2>Penanganan oleh Tim CSIRT</h2>
{{#report_tlp_label}}<p>Label TLP laporan: <mark class="tlp {{report_tlp_css}}">{{report_tlp_label}}</mark> <small>{{report_tlp_audience}} Penyebaran lebih luas memerlukan izin Tim CSIRT.</small></p>{{/report_tlp_label}}
{{#classification}}<dl class="incident-classification">
<dt>Klasifikasi insiden</dt><dd>{{label}}</dd>
<dt>Prioritas</dt><dd>{{priority}}</dd>
</dl>{{/classification}}{{#no_report_tlp_label}}<p>Laporan Anda sedang ditangani Tim CSIRT. Rincian penanganan hanya dibagikan sesuai label TLP yang ditetapkan Tim CSIRT.</p>{{/no_report_tlp_label}}
{{#entries}}
{{#impact}}<article class="incident-entry"><h3>Analisis dampak</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p><p>{{disruption}}</p><p class="prewrap">{{summary}}</p></article>
{{/impact}}
{{#recommendation}}<article class="incident-entry"><h3>Rekomendasi Tim CSIRT</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p><p class="prewrap">{{text}}</p></article>
{{/recommendation}}
{{#mitigation}}<article class="incident-entry"><h3>Mitigasi dan pencegahan</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p>{{#mitigation_text}}<p class="prewrap">{{mitigation_text}}</p>{{/mitigation_text}}{{#prevention_text}}<p class="prewrap">{{prevention_text}}</p>{{/prevention_text}}</article>
{{/mitigation}}
{{#verification}}<article class="incident-entry"><h3>Verifikasi perbaikan</h3><p><mark class="tlp {{tlp_css}}">{{tlp_label}}</mark> <small>{{at}}</small></p><p><strong>{{result}}</strong>{{#note}} — <span class="prewrap">{{note}}</span>{{/note}}</p></article>
{{/verification}}
{{/entries}}
</section>
