{{%AUTOESCAPE context="HTML"}}<h1>Kalkulator CVSS</h1>
<p>Hitung skor dan tingkat keparahan kerentanan dari vektor CVSS versi 3.0, 3.1 atau 4.0
(spesifikasi FIRST). Tim penilai kerentanan dan Tim CSIRT memakai perhitungan yang sama.</p>
<form method="get" action="/kalkulator/cvss">
<label for="vektor">Vektor CVSS</label>
<input id="vektor" name="vektor" value="{{vector}}" placeholder="CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" autocomplete="off" spellcheck="false">
<button type="submit">Hitung</button>
</form>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
{{#result}}<article class="receipt">
<h2>CVSS {{version}}</h2>
{{#unscored}}<p>Vektor sah, tetapi belum dapat dinilai.</p>{{/unscored}}
<table class="fields">
{{#base}}<tr><th scope="row">Skor dasar</th><td><strong>{{base}}</strong> ({{severity}})</td></tr>{{/base}}
{{#temporal}}<tr><th scope="row">Skor temporal</th><td>{{temporal}}</td></tr>{{/temporal}}
{{#environmental}}<tr><th scope="row">Skor lingkungan</th><td>{{environmental}}</td></tr>{{/environmental}}
<tr><th scope="row">Vektor</th><td><code class="prewrap">{{normalised}}</code></td></tr>
</table>
</article>{{/result}}
<p><small>API: <code>GET /api/v1/cvss?vector=…</code></small></p>
