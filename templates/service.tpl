{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/">Layanan</a></li><li>{{name}}</li></ul></nav>
<h1>{{name}}</h1>
<section>
<h2>Deskripsi</h2>
<p>{{description}}</p>
</section>
<section>
<h2>Penerima Layanan</h2>
<ol>{{#recipients}}<li>{{text}}</li>{{/recipients}}</ol>
</section>
<section>
<h2>Ketentuan</h2>
<ol>{{#requirements}}<li>{{text}}</li>{{/requirements}}</ol>
{{#no_requirements}}<p>Tidak ada ketentuan khusus.</p>{{/no_requirements}}
</section>
{{#procedures}}<section>
<h2>{{title}}</h2>
<ol class="procedure">
{{#steps}}<li value="{{number}}">{{text_html:none}} <small class="actor">— {{actor}}</small></li>
{{/steps}}
</ol>
</section>
{{/procedures}}
{{#documents}}<section>
<h2>Dokumen Kelengkapan: {{title}}</h2>
<pre class="template">{{body:pre_escape}}</pre>
</section>
{{/documents}}
<section>
<h2>Biaya</h2>
<p>{{cost}}</p>
</section>
<section>
<h2>Ajukan Permohonan</h2>
{{#has_kinds}}<ul>
{{#kinds}}<li><a href="/layanan/{{service_id}}/ajukan?jenis={{id}}">{{name}}</a>{{#description}} — {{description}}{{/description}}</li>
{{/kinds}}</ul>{{/has_kinds}}
{{#no_has_kinds}}<p><a href="/layanan/{{id}}/ajukan" role="button">Ajukan permohonan</a></p>{{/no_has_kinds}}
</section>
