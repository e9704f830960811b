{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="kategorisasi">
<h2>Kategorisasi sistem elektronik</h2>
{{#system}}<p>Sistem elektronik: {{#agency_side}}<a href="/instansi/sistem/{{id}}">{{/agency_side}}<strong>{{name}}</strong>{{#agency_side}}</a>{{/agency_side}}</p>{{/system}}
{{#result}}{{#complete}}<article class="receipt" role="status">
<h3>Kategori: {{label}} (skor {{score}})</h3>
<p>Standar yang wajib diterapkan ({{rule}}):</p>
<ul>{{#standards}}<li>{{value}}</li>{{/standards}}</ul>
{{#fallback}}<p><small>{{fallback}}</small></p>{{/fallback}}
<p><small>Instrumen <code>{{instrument}}</code></small></p>
</article>{{/complete}}
{{#no_complete}}<p>Kategorisasi sedang dikerjakan Tim Pelaksana; kategori belum ditetapkan.</p>{{/no_complete}}{{/result}}
</section>
